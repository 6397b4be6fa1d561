package frl.ienline.register.web;

import frl.ienline.register.internal.AdPhoneNumber;
import frl.ienline.register.internal.Address;
import frl.ienline.register.internal.ContactDetails;

/**
 * The contact part of an application (online step and paper registration): postal or correspondence address,
 * e-mail and phone. Online, e-mail and phone are required; on paper they may be left empty.
 */
public class ContactForm {

    private String postalStreet;
    private String postalHouseNumber;
    private String postalPostcode;
    private String postalTown;
    private String email;
    private String phone;

    static ContactForm of(ContactDetails c) {
        ContactForm form = new ContactForm();
        if (c != null) {
            form.postalStreet = c.postalAddress().street();
            form.postalHouseNumber = c.postalAddress().houseNumber();
            form.postalPostcode = c.postalAddress().postcode();
            form.postalTown = c.postalAddress().town();
            form.email = c.email();
            form.phone = c.phone() == null ? null : c.phone().display();
        }
        return form;
    }

    /** The contact details, or {@code null} with every problem in {@code errors} (one per field). */
    ContactDetails toContact(FormErrors errors, boolean online) {
        errors.attempt("postalStreet", () -> new Address(postalStreet, "1", "1000 AA", "x"));
        errors.attempt("postalHouseNumber", () -> new Address("x", postalHouseNumber, "1000 AA", "x"));
        errors.attempt("postalPostcode", () -> new Address("x", "1", postalPostcode, "x"));
        errors.attempt("postalTown", () -> new Address("x", "1", "1000 AA", postalTown));
        String mail = online || !blank(email) ? errors.attempt("email", () -> ContactDetails.email(email)) : null;
        AdPhoneNumber number = online || !blank(phone) ? errors.attempt("phone", () -> AdPhoneNumber.of(phone)) : null;
        if (errors.any()) {
            return null;
        }
        return errors.attempt("postalStreet", () -> new ContactDetails(
                new Address(postalStreet, postalHouseNumber, postalPostcode, postalTown), mail, number));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getPostalStreet() { return postalStreet; }
    public void setPostalStreet(String postalStreet) { this.postalStreet = postalStreet; }
    public String getPostalHouseNumber() { return postalHouseNumber; }
    public void setPostalHouseNumber(String postalHouseNumber) { this.postalHouseNumber = postalHouseNumber; }
    public String getPostalPostcode() { return postalPostcode; }
    public void setPostalPostcode(String postalPostcode) { this.postalPostcode = postalPostcode; }
    public String getPostalTown() { return postalTown; }
    public void setPostalTown(String postalTown) { this.postalTown = postalTown; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
}

package frl.ienline.register.web;

import frl.ienline.register.internal.AdPhoneNumber;
import frl.ienline.register.internal.Address;
import frl.ienline.register.internal.Business;
import frl.ienline.register.internal.LicenceKind;
import frl.ienline.shared.MunicipalityCode;

/** The business part of an application form (online step 1 and the paper registration). */
public class BusinessForm {

    private String kind;
    private String municipality;
    private String name;
    private String street;
    private String houseNumber;
    private String postcode;
    private String town;
    private String adPhone;
    private String workrooms;
    private String expectedSexWorkers;

    static BusinessForm of(Business b) {
        BusinessForm form = new BusinessForm();
        if (b != null) {
            form.kind = b.kind().name();
            form.municipality = b.municipality().value();
            form.name = b.name();
            if (b.premises() != null) {
                form.street = b.premises().street();
                form.houseNumber = b.premises().houseNumber();
                form.postcode = b.premises().postcode();
                form.town = b.premises().town();
            }
            form.adPhone = b.adPhone().display();
            form.workrooms = b.workrooms() == null ? null : b.workrooms().toString();
            form.expectedSexWorkers = String.valueOf(b.expectedSexWorkers());
        }
        return form;
    }

    Business toBusiness(FormErrors errors) {
        LicenceKind k = errors.attempt("kind", () -> LicenceKind.of(kind));
        MunicipalityCode m = errors.attempt("municipality", () -> MunicipalityCode.of(municipality));
        String n = errors.attempt("name", () -> {
            if (name == null || name.isBlank() || name.length() > 200) {
                throw new IllegalArgumentException();
            }
            return name;
        });
        Address premises = null;
        Integer rooms = null;
        if (k != null && k.hasPremises()) {
            errors.attempt("street", () -> new Address(street, "1", "1000 AA", "x"));
            errors.attempt("houseNumber", () -> new Address("x", houseNumber, "1000 AA", "x"));
            errors.attempt("postcode", () -> new Address("x", "1", postcode, "x"));
            errors.attempt("town", () -> new Address("x", "1", "1000 AA", town));
            premises = errors.any() ? null : errors.attempt("street", () -> new Address(street, houseNumber,
                    postcode, town));
            rooms = errors.attempt("workrooms", () -> {
                int value = FormErrors.number(workrooms);
                if (value < 1 || value > 500) {
                    throw new IllegalArgumentException();
                }
                return value;
            });
        }
        AdPhoneNumber phone = errors.attempt("adPhone", () -> AdPhoneNumber.of(adPhone));
        Integer expected = errors.attempt("expectedSexWorkers", () -> {
            int value = FormErrors.number(expectedSexWorkers);
            if (value < 0 || value > 1000) {
                throw new IllegalArgumentException();
            }
            return value;
        });
        if (errors.any()) {
            return null;
        }
        Address finalPremises = premises;
        Integer finalRooms = rooms;
        return errors.attempt("kind", () -> new Business(k, m, n, finalPremises, phone, finalRooms, expected));
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getMunicipality() { return municipality; }
    public void setMunicipality(String municipality) { this.municipality = municipality; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = street; }
    public String getHouseNumber() { return houseNumber; }
    public void setHouseNumber(String houseNumber) { this.houseNumber = houseNumber; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public String getTown() { return town; }
    public void setTown(String town) { this.town = town; }
    public String getAdPhone() { return adPhone; }
    public void setAdPhone(String adPhone) { this.adPhone = adPhone; }
    public String getWorkrooms() { return workrooms; }
    public void setWorkrooms(String workrooms) { this.workrooms = workrooms; }
    public String getExpectedSexWorkers() { return expectedSexWorkers; }
    public void setExpectedSexWorkers(String expectedSexWorkers) { this.expectedSexWorkers = expectedSexWorkers; }
}

package frl.ienline.support.web;

import frl.ienline.support.internal.SafetyReports.Category;
import frl.ienline.support.internal.SafetyReports.ReportInput;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The report form as posted, bound by its constructor: the same fields for a member reporting and for a
 * care worker reporting on a member's behalf (the form itself is one fragment too). Absent fields are empty
 * or false ({@code Boolean}, because constructor binding cannot leave out a primitive).
 */
record ReportForm(Set<Category> categories, LocalDate occurredOn, String municipality, String description, String phone,
        String email, String carPlate, String nickname, String descriptors, Boolean policeConsent, Boolean wantsPoliceHelp) {

    ReportInput input() {
        return new ReportInput(categories == null ? EnumSet.noneOf(Category.class) : categories, occurredOn,
                municipality == null ? "" : municipality, description == null ? "" : description, phone, email, carPlate,
                nickname, descriptors, Boolean.TRUE.equals(policeConsent), Boolean.TRUE.equals(wantsPoliceHelp));
    }
}

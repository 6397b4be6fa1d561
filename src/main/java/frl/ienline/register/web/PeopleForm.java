package frl.ienline.register.web;

import frl.ienline.register.internal.KvkNumber;
import frl.ienline.register.internal.Operator;
import frl.ienline.register.internal.Person;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The operator and up to three managers (online steps 2 and 3, and the paper registration). A person's
 * date of birth must lie in the past; ages are checked at the decision, not here.
 */
public class PeopleForm {

    static final int MANAGER_ROWS = 3;
    static final int MAX_NAME = 200;

    private String operatorType = "PERSON";
    private String operatorName;
    private String operatorBirthDate;
    private String operatorKvk;
    private List<String> managerName = new ArrayList<>(List.of("", "", ""));
    private List<String> managerBirthDate = new ArrayList<>(List.of("", "", ""));

    static PeopleForm of(Operator operator, List<Person> managers) {
        PeopleForm form = new PeopleForm();
        if (operator != null) {
            form.operatorType = operator.type().name();
            form.operatorName = operator.name();
            form.operatorBirthDate = operator.birthDate() == null ? null : operator.birthDate().toString();
            form.operatorKvk = operator.kvk() == null ? null : operator.kvk().value();
        }
        for (int i = 0; i < Math.min(MANAGER_ROWS, managers.size()); i++) {
            form.managerName.set(i, managers.get(i).name());
            form.managerBirthDate.set(i, managers.get(i).birthDate().toString());
        }
        return form;
    }

    Operator toOperator(FormErrors errors, Clock clock) {
        boolean company = "COMPANY".equals(operatorType);
        if (operatorName == null || operatorName.isBlank() || operatorName.strip().length() > MAX_NAME) {
            errors.add("operatorName");
        }
        KvkNumber kvk = FormErrors.blankToNull(operatorKvk) == null ? null
                : errors.attempt("operatorKvk", () -> KvkNumber.of(operatorKvk));
        if (company && FormErrors.blankToNull(operatorKvk) == null) {
            errors.add("operatorKvk");
        }
        LocalDate birth = company ? null : errors.attempt("operatorBirthDate", () -> pastDate(operatorBirthDate,
                clock));
        if (errors.any()) {
            return null;
        }
        return company ? Operator.company(operatorName, kvk) : Operator.person(new Person(operatorName, birth), kvk);
    }

    List<Person> toManagers(FormErrors errors, Clock clock) {
        List<Person> managers = new ArrayList<>();
        for (int i = 0; i < MANAGER_ROWS; i++) {
            String name = i < managerName.size() ? FormErrors.blankToNull(managerName.get(i)) : null;
            String birth = i < managerBirthDate.size() ? FormErrors.blankToNull(managerBirthDate.get(i)) : null;
            if (name == null && birth == null && i > 0) {
                continue;
            }
            int row = i;
            boolean named = name != null && name.length() <= MAX_NAME;
            if (!named) {
                errors.add("managerName" + row);
            }
            LocalDate date = errors.attempt("managerBirthDate" + row, () -> pastDate(birth, clock));
            if (named && date != null) { // the form checks what Person's constructor would refuse: no 500
                managers.add(new Person(name, date));
            }
        }
        return managers;
    }

    private static LocalDate pastDate(String value, Clock clock) {
        LocalDate date = FormErrors.date(value);
        if (!date.isBefore(LocalDate.now(clock)) || date.getYear() < 1900) {
            throw new IllegalArgumentException("not a past date");
        }
        return date;
    }

    public String getOperatorType() { return operatorType; }
    public void setOperatorType(String operatorType) { this.operatorType = operatorType; }
    public String getOperatorName() { return operatorName; }
    public void setOperatorName(String operatorName) { this.operatorName = operatorName; }
    public String getOperatorBirthDate() { return operatorBirthDate; }
    public void setOperatorBirthDate(String operatorBirthDate) { this.operatorBirthDate = operatorBirthDate; }
    public String getOperatorKvk() { return operatorKvk; }
    public void setOperatorKvk(String operatorKvk) { this.operatorKvk = operatorKvk; }
    public List<String> getManagerName() { return managerName; }
    public void setManagerName(List<String> managerName) { this.managerName = pad(managerName); }
    public List<String> getManagerBirthDate() { return managerBirthDate; }
    public void setManagerBirthDate(List<String> managerBirthDate) { this.managerBirthDate = pad(managerBirthDate); }

    private static List<String> pad(List<String> values) {
        List<String> padded = new ArrayList<>(values == null ? List.of() : values);
        while (padded.size() < MANAGER_ROWS) {
            padded.add("");
        }
        return padded;
    }
}

package frl.ienline.register.internal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A request to the applicant to complete the application (herstelverzuim), with its repair deadline. */
public record InformationRequest(UUID id, LocalDate requestedOn, LocalDate dueOn, String what, String requestedBy,
        LocalDate answeredOn, String answer) {

    public InformationRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(requestedOn, "requestedOn");
        Objects.requireNonNull(dueOn, "dueOn");
        what = Texts.required(what, "what is missing", 2000);
        Objects.requireNonNull(requestedBy, "requestedBy");
        if (answeredOn != null) {
            answer = Texts.required(answer, "answer", 4000);
        }
    }

    public boolean isOpen() {
        return answeredOn == null;
    }

    InformationRequest answer(String text, LocalDate on) {
        return new InformationRequest(id, requestedOn, dueOn, what, requestedBy, on, text);
    }
}

package frl.ienline.register.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/** L9: a refused step is a message key; an exception's message never reaches the page, and a bug is a 500. */
class FlashTest {

    @Test
    void anUnknownChoiceIsAKeyWithoutTheExceptionsMessage() {
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
        Flash.run(redirect, "done", () -> Enum.valueOf(java.time.DayOfWeek.class, "BOGUS"));
        assertThat(redirect.getFlashAttributes().get("problem")).isEqualTo(new Flash.Problem("register.error.invalid",
                List.of()));
    }

    @Test
    void aMissingDateIsAKey() {
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
        Flash.run(redirect, "done", () -> FormErrors.date(""));
        assertThat(redirect.getFlashAttributes().get("problem")).isEqualTo(new Flash.Problem("register.error.date",
                List.of()));
    }

    @Test
    void aNullPointerExceptionIsABugAndGoesToTheErrorHandling() {
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
        assertThatThrownBy(() -> Flash.run(redirect, "done", () -> {
            throw new NullPointerException("internal detail");
        })).isInstanceOf(NullPointerException.class);
        assertThat(redirect.getFlashAttributes()).isEmpty();
    }
}

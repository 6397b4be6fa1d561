package frl.ienline.rulebook;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The penalty (dwangsom) per violation for one kind of offender, in euros, with the maximum above which no
 * more is forfeited (the Awb requires a maximum).
 */
public record PenaltyAmount(Offender offender, BigDecimal amount, BigDecimal maximum) {

    public PenaltyAmount {
        Objects.requireNonNull(offender, "offender");
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException("A penalty amount must be positive, not " + amount);
        }
        if (maximum == null || maximum.compareTo(amount) < 0) {
            throw new IllegalArgumentException("The maximum penalty must be at least the amount per violation");
        }
    }
}

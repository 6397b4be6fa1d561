package frl.ienline.signals.internal;

import java.util.Objects;
import java.util.regex.Pattern;

/** A pointer to a record of another module (ad, network, case, licensed business, control), by id only. */
public record Link(LinkKind kind, String targetId) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    public Link {
        Objects.requireNonNull(kind, "kind");
        if (targetId == null || !ID.matcher(targetId.strip()).matches()) {
            throw new IllegalArgumentException("A link id is a UUID or code of letters, digits and . _ : -"
                    + " (at most 64)");
        }
        targetId = targetId.strip();
    }
}

package frl.ienline.adintel.engine.extract;

import java.util.Objects;

/**
 * A messenger or social media handle, such as a Telegram user name.
 *
 * @param platform lowercase platform name ({@code telegram}, {@code snapchat}, {@code whatsapp}, {@code instagram},
 *                 {@code onlyfans}, {@code signal}) or {@code at} for a bare {@code @name}
 * @param name the handle without {@code @}, lowercase
 */
public record Handle(String platform, String name, Span span) {

    public Handle {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(span, "span");
    }

    /** A key that identifies the handle across ads: a bare @name matches the same name on any platform. */
    public String key() {
        return name;
    }
}

package frl.ienline.adintel.engine.cluster;

/**
 * A span of text to replace by a placeholder before shingling, because it varies between copies of
 * one template: a phone number, an e-mail address, a URL, a town.
 */
public record Mask(int start, int end, char placeholder) {

    public Mask {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Invalid mask");
        }
    }
}

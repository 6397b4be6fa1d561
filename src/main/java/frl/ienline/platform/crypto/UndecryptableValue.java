package frl.ienline.platform.crypto;

/**
 * A stored value that cannot be decrypted: its key is not configured, it was tampered with, or it was moved from
 * another row or column (the associated data no longer matches). The message names the key id, never the value.
 */
public class UndecryptableValue extends IllegalStateException {

    public UndecryptableValue(String message) {
        super(message);
    }
}

package frl.ienline.shared;

/** The record does not exist or lies outside the actor's scope; both answer 404 so nothing leaks. */
public class NotFound extends RuntimeException {

    public NotFound(String objectType) {
        super(objectType + " not found");
    }
}

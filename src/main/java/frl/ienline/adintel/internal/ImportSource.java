package frl.ienline.adintel.internal;

/** How an import came in. */
public enum ImportSource {
    /** the upload page /app/advertenties/import */
    UI,
    /** POST /api/v1/advertenties/imports */
    API,
    /** java -jar ienline.jar adintel import */
    COMMAND,
    /** the demo data at startup */
    DEMO
}

package frl.ienline.signals.web;

/**
 * The quick-exit button of the anonymous public form, as the page layout shows it: the neutral page it leaves
 * for and its texts in the page's language (issue 17; the same button as the support portal's).
 */
public record QuickExit(String url, String label, String hint) {
}

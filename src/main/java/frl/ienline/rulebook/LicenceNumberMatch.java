package frl.ienline.rulebook;

import frl.ienline.shared.MunicipalityCode;

/**
 * A licence number recognised in a text, normalised to its canonical form.
 *
 * @param number   canonical number, e.g. {@code FRL-0080-PB-0012}
 * @param start    index of the first character of the match in the text
 * @param end      index after the last character of the match
 */
public record LicenceNumberMatch(String number, MunicipalityCode municipality, String kindCode, int sequence,
        int start, int end) {
}

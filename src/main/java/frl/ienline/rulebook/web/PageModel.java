package frl.ienline.rulebook.web;

import java.util.List;

/** What the rulebook page shows, already formatted for the reader's language. */
final class PageModel {

    private PageModel() {
    }

    record Page(String activeId, String activeFrom, String activeTitle, String today, List<HistoryRow> history,
            boolean participationExample, String participationNote, int participantCount,
            List<MunicipalityRow> municipalities, List<KindView> kinds, NumberView number, List<Fact> procedure,
            List<StepView> ladder, List<RetentionRow> retention, List<BasisRow> legalBases,
            List<ReasonRow> dismissalReasons) {
    }

    record HistoryRow(String id, String effectiveFrom, String recordedAt, String firstActivatedAt, String hash,
            boolean bundled, boolean active) {
    }

    record MunicipalityRow(String code, String name, String authority, String email, boolean emailExample,
            boolean participates) {
    }

    record KindView(String code, String name, String description, List<Fact> facts, List<String> caps,
            List<Fact> conditions) {
    }

    record Fact(String label, String value) {
    }

    record NumberView(String template, String regex, String example) {
    }

    record StepView(int order, String code, String name, String description, String tracks, List<Fact> facts) {
    }

    record RetentionRow(String category, String name, String period, String startsAt) {
    }

    record BasisRow(String code, String name, String reference, String consent) {
    }

    record ReasonRow(String code, String name, String note) {
    }

    record DiffView(List<Option> versions, String from, String to, boolean same, List<ChangeRow> changes) {
    }

    record Option(String id, String label) {
    }

    record ChangeRow(String section, String path, String kind, String cssClass, String before, String after) {
    }
}

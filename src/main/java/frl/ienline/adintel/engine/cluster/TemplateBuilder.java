package frl.ienline.adintel.engine.cluster;

import frl.ienline.adintel.engine.extract.WordTokens;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds a cluster's {@link Template} by token-level alignment: the medoid (the member most like the
 * others) is the backbone; every member is aligned to it word by word (longest common subsequence of
 * folded words); backbone words that most members share are common text, everything between them
 * where members differ is a slot with each member's value.
 */
public final class TemplateBuilder {

    private static final int MEDOID_SAMPLE = 25;

    private final double commonShare;
    private final int maxTokens;

    public TemplateBuilder() {
        this(0.5, 600);
    }

    /**
     * @param commonShare the share of members that must have a backbone word for it to be common text
     * @param maxTokens texts are cut to this many words for the alignment (its cost is quadratic)
     */
    public TemplateBuilder(double commonShare, int maxTokens) {
        this.commonShare = commonShare;
        this.maxTokens = maxTokens;
    }

    public Template build(List<String> texts) {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("a template needs at least one text");
        }
        List<WordTokens> tokens = texts.stream().map(WordTokens::of).toList();
        int rep = medoid(tokens);
        WordTokens backbone = tokens.get(rep);
        int n = Math.min(backbone.size(), maxTokens);
        int[][] positions = new int[texts.size()][];
        int[] support = new int[n];
        for (int m = 0; m < texts.size(); m++) {
            positions[m] = m == rep ? identity(n) : align(backbone, n, tokens.get(m));
            for (int i = 0; i < n; i++) {
                if (positions[m][i] >= 0) {
                    support[i]++;
                }
            }
        }
        boolean[] common = new boolean[n];
        int needed = (int) Math.max(1, Math.ceil(commonShare * texts.size()));
        for (int i = 0; i < n; i++) {
            common[i] = support[i] >= needed && (texts.size() == 1 || support[i] > 1);
        }
        // common punctuation between two varying words ("Anna, 23") belongs to the slot, not the template
        boolean[] anchor = new boolean[n];
        for (int i = 0; i < n; i++) {
            boolean word = Character.isLetterOrDigit(backbone.word(i).codePointAt(0));
            boolean inside = i > 0 && !common[i - 1] && i + 1 < n && !common[i + 1];
            anchor[i] = common[i] && (word || !inside);
        }
        String repText = texts.get(rep);
        List<Template.Part> parts = new ArrayList<>();
        int slotIndex = 0;
        int left = -1;
        int commonStart = -1;
        int commonEnd = -1;
        for (int i = 0; i <= n; i++) {
            if (i < n && !anchor[i]) {
                continue;
            }
            List<String> values = slotValues(texts, tokens, positions, left, i == n ? -1 : i, n);
            boolean varies = !values.stream().allMatch(v -> v.equals(values.get(0)));
            if (varies) {
                if (commonStart >= 0) {
                    parts.add(new Template.Common(repText.substring(commonStart, commonEnd)));
                    commonStart = -1;
                }
                parts.add(new Template.Slot(++slotIndex, values));
            } else if (!values.get(rep).isEmpty()) {
                if (commonStart < 0) {
                    commonStart = backbone.start(left + 1);
                }
                commonEnd = backbone.end(i - 1);
            }
            if (i < n) {
                if (commonStart < 0) {
                    commonStart = backbone.start(i);
                }
                commonEnd = backbone.end(i);
            }
            left = i;
        }
        if (commonStart >= 0) {
            parts.add(new Template.Common(repText.substring(commonStart, commonEnd)));
        }
        return new Template(parts, rep, texts.size());
    }

    /** What each member has between two common backbone words (exclusive); -1 means the text's edge. */
    private static List<String> slotValues(List<String> texts, List<WordTokens> tokens, int[][] positions, int left, int right,
            int n) {
        List<String> values = new ArrayList<>(texts.size());
        for (int m = 0; m < texts.size(); m++) {
            WordTokens t = tokens.get(m);
            int from = anchorLeft(positions[m], left) + 1;
            int to = right < 0 ? t.size() : anchorRight(positions[m], right, n, t.size());
            values.add(from < to ? texts.get(m).substring(t.start(from), t.end(to - 1)) : "");
        }
        return values;
    }

    private static int anchorLeft(int[] pos, int index) {
        for (int i = index; i >= 0; i--) {
            if (pos[i] >= 0) {
                return pos[i];
            }
        }
        return -1;
    }

    private static int anchorRight(int[] pos, int index, int n, int size) {
        for (int i = index; i < n; i++) {
            if (pos[i] >= 0) {
                return pos[i];
            }
        }
        return size;
    }

    private static int[] identity(int n) {
        int[] pos = new int[n];
        for (int i = 0; i < n; i++) {
            pos[i] = i;
        }
        return pos;
    }

    /** For each of the first n backbone words, the index of the member word aligned to it, or -1. */
    private int[] align(WordTokens backbone, int n, WordTokens member) {
        int k = Math.min(member.size(), maxTokens);
        int[][] lcs = new int[n + 1][k + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = k - 1; j >= 0; j--) {
                lcs[i][j] = backbone.word(i).equals(member.word(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int[] pos = new int[n];
        java.util.Arrays.fill(pos, -1);
        int i = 0;
        int j = 0;
        while (i < n && j < k) {
            if (backbone.word(i).equals(member.word(j))) {
                pos[i++] = j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return pos;
    }

    private static int medoid(List<WordTokens> tokens) {
        int sample = Math.min(tokens.size(), MEDOID_SAMPLE);
        List<Set<String>> sets = new ArrayList<>(sample);
        for (int m = 0; m < sample; m++) {
            Set<String> set = new HashSet<>();
            for (int i = 0; i < tokens.get(m).size(); i++) {
                set.add(tokens.get(m).word(i));
            }
            sets.add(set);
        }
        int best = 0;
        double bestScore = -1;
        for (int a = 0; a < sample; a++) {
            double score = 0;
            for (int b = 0; b < sample; b++) {
                if (a != b) {
                    Set<String> common = new HashSet<>(sets.get(a));
                    common.retainAll(sets.get(b));
                    int union = sets.get(a).size() + sets.get(b).size() - common.size();
                    score += union == 0 ? 1 : (double) common.size() / union;
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = a;
            }
        }
        return best;
    }
}

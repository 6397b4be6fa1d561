package frl.ienline.support.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Page text as editors write it — paragraphs separated by a blank line, {@code ## } for a heading,
 * {@code - } for list items — parsed into blocks the template renders with {@code th:text} only, so no
 * editor can put markup or script on a page.
 */
public record PageBody(List<Block> blocks) {

    public enum Kind { HEADING, PARAGRAPH, LIST }

    public record Block(Kind kind, String text, List<String> items) {
    }

    public PageBody {
        blocks = List.copyOf(blocks);
    }

    public static PageBody parse(String source) {
        List<Block> blocks = new ArrayList<>();
        if (source == null) {
            return new PageBody(blocks);
        }
        for (String chunk : source.replace("\r\n", "\n").split("\n\\s*\n")) {
            List<String> items = new ArrayList<>();
            StringBuilder paragraph = new StringBuilder();
            for (String line : chunk.strip().split("\n")) {
                String l = line.strip();
                if (l.isEmpty()) {
                    continue;
                }
                if (l.startsWith("## ")) {
                    flush(blocks, paragraph, items);
                    blocks.add(new Block(Kind.HEADING, l.substring(3).strip(), List.of()));
                } else if (l.startsWith("- ")) {
                    if (!paragraph.isEmpty()) {
                        flush(blocks, paragraph, new ArrayList<>());
                    }
                    items.add(l.substring(2).strip());
                } else {
                    if (!items.isEmpty()) {
                        flush(blocks, new StringBuilder(), items);
                    }
                    if (!paragraph.isEmpty()) {
                        paragraph.append(' ');
                    }
                    paragraph.append(l);
                }
            }
            flush(blocks, paragraph, items);
        }
        return new PageBody(blocks);
    }

    private static void flush(List<Block> blocks, StringBuilder paragraph, List<String> items) {
        if (!paragraph.isEmpty()) {
            blocks.add(new Block(Kind.PARAGRAPH, paragraph.toString(), List.of()));
            paragraph.setLength(0);
        }
        if (!items.isEmpty()) {
            blocks.add(new Block(Kind.LIST, null, List.copyOf(items)));
            items.clear();
        }
    }
}

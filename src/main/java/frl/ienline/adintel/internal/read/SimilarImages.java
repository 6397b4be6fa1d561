package frl.ienline.adintel.internal.read;

import frl.ienline.adintel.engine.network.NetworkSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Groups a network's images into near copies (re-encoded or resized: dHashes within the engine's Hamming
 * distance) for the network page. Only groups with more than one image file count: the same file is an
 * {@code IMAGE} link already. Quadratic in the images of one network, which the page limits.
 */
final class SimilarImages {

    /** One image of an ad: file hash and difference hash (16 hex digits). */
    record AdImage(UUID adId, String sha256, String dhash) {
    }

    /** Near copies: the first file hash (to show), how many files and how many ads. */
    record Group(String sha256, int files, int ads) {
    }

    private SimilarImages() {
    }

    static List<Group> groups(List<AdImage> images, NetworkSettings settings) {
        List<AdImage> usable = new ArrayList<>();
        List<Long> hashes = new ArrayList<>();
        for (AdImage image : images) {
            if (image.dhash() == null || image.dhash().length() != 16) {
                continue;
            }
            long hash = Long.parseUnsignedLong(image.dhash(), 16);
            int bits = Long.bitCount(hash);
            if (bits < settings.minImageBits() || bits > 64 - settings.minImageBits()) {
                continue; // blank or uniform pictures would tie unrelated ads (ADR 0006)
            }
            usable.add(image);
            hashes.add(hash);
        }
        int n = usable.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (Long.bitCount(hashes.get(i) ^ hashes.get(j)) <= settings.maxImageDistance()) {
                    parent[find(parent, j)] = find(parent, i);
                }
            }
        }
        Map<Integer, List<AdImage>> byRoot = new HashMap<>();
        for (int i = 0; i < n; i++) {
            byRoot.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(usable.get(i));
        }
        List<Group> groups = new ArrayList<>();
        for (List<AdImage> members : byRoot.values()) {
            Set<String> files = new HashSet<>();
            Set<UUID> ads = new HashSet<>();
            members.forEach(m -> {
                files.add(m.sha256());
                ads.add(m.adId());
            });
            if (files.size() > 1 && ads.size() > 1) {
                groups.add(new Group(members.stream().map(AdImage::sha256).sorted().findFirst().orElseThrow(), files.size(),
                        ads.size()));
            }
        }
        groups.sort(java.util.Comparator.comparingInt(Group::ads).reversed().thenComparing(Group::sha256));
        return groups;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}

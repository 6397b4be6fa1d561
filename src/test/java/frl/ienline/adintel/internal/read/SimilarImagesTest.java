package frl.ienline.adintel.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.adintel.engine.network.NetworkSettings;
import frl.ienline.adintel.internal.read.SimilarImages.AdImage;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SimilarImagesTest {

    static final UUID A = UUID.randomUUID();
    static final UUID B = UUID.randomUUID();
    static final UUID C = UUID.randomUUID();
    static final String SHA1 = "1".repeat(64);
    static final String SHA2 = "2".repeat(64);
    static final String SHA3 = "3".repeat(64);

    @Test
    void nearCopiesOfDifferentFilesInDifferentAdsFormAGroup() {
        // 0f0f0f0f0f0f0f0f and 0f0f0f0f0f0f0f0e differ in one bit; ffff… has too many 1-bits to count
        var groups = SimilarImages.groups(List.of(new AdImage(A, SHA1, "0f0f0f0f0f0f0f0f"),
                new AdImage(B, SHA2, "0f0f0f0f0f0f0f0e"), new AdImage(C, SHA3, "f0f0f0f0f0f0f0f0")), NetworkSettings.DEFAULT);
        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.ads()).isEqualTo(2);
            assertThat(g.files()).isEqualTo(2);
            assertThat(g.sha256()).isEqualTo(SHA1);
        });
    }

    @Test
    void theSameFileOrOneAdOrBlankPicturesAreNoGroup() {
        assertThat(SimilarImages.groups(List.of(new AdImage(A, SHA1, "0f0f0f0f0f0f0f0f"),
                new AdImage(B, SHA1, "0f0f0f0f0f0f0f0f")), NetworkSettings.DEFAULT)).isEmpty();
        assertThat(SimilarImages.groups(List.of(new AdImage(A, SHA1, "0f0f0f0f0f0f0f0f"),
                new AdImage(A, SHA2, "0f0f0f0f0f0f0f0e")), NetworkSettings.DEFAULT)).isEmpty();
        assertThat(SimilarImages.groups(List.of(new AdImage(A, SHA1, "0000000000000000"),
                new AdImage(B, SHA2, "0000000000000001")), NetworkSettings.DEFAULT)).isEmpty();
        assertThat(SimilarImages.groups(List.of(new AdImage(A, SHA1, null), new AdImage(B, SHA2, "zz")),
                NetworkSettings.DEFAULT)).isEmpty();
    }
}

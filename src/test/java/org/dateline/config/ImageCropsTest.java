package org.dateline.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problems;
import org.junit.jupiter.api.Test;

class ImageCropsTest {

    @Test
    void cropsAreReadInOrderWithoutRepeats() {
        SiteConfig config = new ConfigLoader().parse("image_crops: [16x9, 4x3, 16x9, 1x1]\n", new Problems());
        assertEquals(List.of("16x9", "4x3", "1x1"), config.imageCrops());
        assertEquals(List.of("wide"), new ConfigLoader().parse("image_crops: wide\n", new Problems()).imageCrops());
        assertEquals(List.of(), new ConfigLoader().parse("title: x\n", new Problems()).imageCrops());
    }

    @Test
    void aCropThatIsNoFileNameSuffixIsAnErrorAtItsLine() {
        DatelineException e = assertThrows(DatelineException.class,
                () -> new ConfigLoader().parse("title: x\nimage_crops:\n  - 16x9\n  - ../1x1\n", new Problems()));
        assertEquals("error: site.yaml:4:5: `image_crops` entry is not a file-name suffix: \"../1x1\" (hint: use letters,"
                + " digits, `-` and `_`, e.g. `- 16x9` for harbour-16x9.jpg)", e.problems().get(0).format());
    }

    @Test
    void theBaseUrlOverrideKeepsTheCrops() {
        SiteConfig config = new ConfigLoader().parse("image_crops: [1x1]\n", new Problems());
        assertEquals(List.of("1x1"), config.withBaseUrl("https://a.test/").imageCrops());
    }
}

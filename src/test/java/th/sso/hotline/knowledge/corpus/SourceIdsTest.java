package th.sso.hotline.knowledge.corpus;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SourceIdsTest {

    @ParameterizedTest
    @CsvSource({
        "https://www.thaigov.go.th/news/contents/details/37619, http://thaigov.go.th/news/contents/details/37619/",
        "https://www.thaigov.go.th/news/contents/details/37619, HTTPS://WWW.THAIGOV.GO.TH/news/contents/details/37619#top",
        "https://www.sso.go.th/wpr/main/news/1, https://www.sso.go.th:443/wpr/main/news/1//",
        "' https://sso.go.th/a?id=5 ', <https://sso.go.th/a?id=5>",
    })
    void oneAddressWrittenTwoWaysIsOneId(String a, String b) {
        assertThat(SourceIds.forUrl(a)).isEqualTo(SourceIds.forUrl(b));
    }

    @ParameterizedTest
    @CsvSource({
        "https://www.thaigov.go.th/news/contents/details/37619, https://www.thaigov.go.th/news/contents/details/37620",
        "https://sso.go.th/a?id=5, https://sso.go.th/a?id=6",
        "https://sso.go.th/News, https://sso.go.th/news",
        "https://sso.go.th:8080/a, https://sso.go.th/a",
    })
    void differentAddressesAreDifferentIds(String a, String b) {
        assertThat(SourceIds.forUrl(a)).isNotEqualTo(SourceIds.forUrl(b));
    }

    @ParameterizedTest
    @CsvSource({"content/dental/dental-benefit.th.md", "dumps/2021/ข่าว ทดสอบ.txt"})
    void pathIdsAreStableHex(String path) {
        assertThat(SourceIds.forPath(Path.of(path))).matches("[0-9a-f]{40}").isEqualTo(SourceIds.forPath(Path.of(path)));
    }
}

package th.sso.hotline.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IntentEvaluationSplitTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> items() throws Exception {
        List<JsonNode> items = new ArrayList<>();
        for (String line : List.of(
                "{\"id\":\"a\",\"text\":\"x\",\"intents\":[\"dental\"],\"split\":\"tune\"}",
                "{\"id\":\"b\",\"text\":\"x\",\"intents\":[\"dental\"],\"split\":\"locked\"}",
                "{\"id\":\"c\",\"text\":\"x\",\"intents\":[\"dental\"]}",
                "{\"id\":\"d\",\"text\":\"x\",\"intents\":[\"dental\"],\"split\":\"locked\"}")) {
            items.add(JSON.readTree(line));
        }
        return items;
    }

    private static List<String> ids(List<JsonNode> items) {
        return items.stream().map(n -> n.get("id").asText()).toList();
    }

    @Test
    void keepsOneHalfAndItemsWithoutASplit() throws Exception {
        assertThat(ids(IntentEvaluation.onlySplit(items(), "tune"))).containsExactly("a", "c");
        assertThat(ids(IntentEvaluation.onlySplit(items(), "locked"))).containsExactly("b", "c", "d");
    }

    @Test
    void noSplitKeepsEverything() throws Exception {
        assertThat(ids(IntentEvaluation.onlySplit(items(), null))).containsExactly("a", "b", "c", "d");
        assertThat(ids(IntentEvaluation.onlySplit(items(), " "))).containsExactly("a", "b", "c", "d");
    }

    @Test
    void anUnknownHalfKeepsOnlyUnsplitItems() throws Exception {
        assertThat(ids(IntentEvaluation.onlySplit(items(), "other"))).containsExactly("c");
    }
}

package th.sso.hotline.knowledge.index;

import th.sso.hotline.knowledge.corpus.Passage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Long announcements (cabinet summaries run to hundreds of passages) hold one social-security section among
 * many; only the passages that talk about social security, with a neighbour on each side for context, are
 * worth indexing. Short announcements are kept whole.
 */
final class SocialSecurityFocus {

    static final int LONG = 24;
    private static final List<String> TERMS = List.of("ประกันสังคม", "ผู้ประกันตน", "เงินสมทบ", "สปส", "กองทุนเงินทดแทน",
            "มาตรา 33", "มาตรา 39", "มาตรา 40", "ม.33", "ม.39", "ม.40", "social security", "insured person", "sso");

    private SocialSecurityFocus() {
    }

    static List<Passage> select(List<Passage> passages) {
        if (passages.size() <= LONG) {
            return passages;
        }
        boolean[] keep = new boolean[passages.size()];
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            String text = (p.heading() == null ? "" : p.heading() + " ") + p.text();
            if (mentions(text.toLowerCase(Locale.ROOT))) {
                for (int j = Math.max(0, i - 1); j <= Math.min(passages.size() - 1, i + 1); j++) {
                    keep[j] = true;
                }
            }
        }
        List<Passage> out = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            if (keep[i]) {
                out.add(passages.get(i));
            }
        }
        return out;
    }

    private static boolean mentions(String text) {
        for (String term : TERMS) {
            if (text.contains(term)) {
                return true;
            }
        }
        return false;
    }
}

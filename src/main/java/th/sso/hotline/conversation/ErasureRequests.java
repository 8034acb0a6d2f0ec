package th.sso.hotline.conversation;

import com.linecorp.bot.messaging.model.PostbackAction;
import com.linecorp.bot.messaging.model.QuickReply;
import com.linecorp.bot.messaging.model.QuickReplyItem;
import com.linecorp.bot.messaging.model.TextMessage;
import jakarta.inject.Singleton;
import th.sso.hotline.dialogue.Decision;
import th.sso.hotline.dialogue.Postback;
import th.sso.hotline.dialogue.Reply;
import th.sso.hotline.nlu.BilingualBundle;
import th.sso.hotline.nlu.Language;
import th.sso.hotline.text.TextNormalizer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A citizen's request to erase their data ("ลบข้อมูลของฉัน", "delete my data" and close variants), recognised
 * before the dialogue engine, and the replies of the confirmation step (a quick reply: confirm or cancel).
 * Only short messages that are the request itself count, so a question about deleting something else is not one.
 */
@Singleton
public class ErasureRequests {

    public static final String CONFIRM = Postback.Erase.CONFIRM.format();
    public static final String CANCEL = Postback.Erase.CANCEL.format();

    private static final int MAX_LENGTH = 60;
    private static final Pattern THAI = Pattern.compile(
            "^(ขอ|ช่วย|อยาก|ต้องการ|กรุณา|โปรด)*(ให้)?(ลบ|ล้าง)(ข้อมูล|ประวัติ)(ส่วนตัว|การสนทนา|แชท)?(ทั้งหมด)?"
                    + "(ของ)?(ฉัน|ผม|หนู|ดิฉัน|เรา|กระผม|ข้าพเจ้า|ตัวเอง)?(ทั้งหมด|ออก|ทิ้ง)?(ให้)?(ด้วย|หน่อย|ที)?"
                    + "(ครับ|คะ|ค่ะ|คับ|ค่า|นะ|จ้า)*$");
    private static final Pattern ENGLISH = Pattern.compile(
            "^(please )?(can you |could you |i want (you )?to |i would like (you )?to )?(please )?"
                    + "(delete|erase|remove|wipe|forget)( all)? (of )?my (personal )?(data|information|info|chat history|"
                    + "conversations?|messages)( please)?$");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]+");

    private final TextNormalizer normalizer;
    private final BilingualBundle texts = new BilingualBundle("i18n.privacy");

    public ErasureRequests(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** The language of the request, or empty when the text is not an erasure request. */
    public Optional<Language> recognise(String text) {
        String s = PUNCTUATION.matcher(normalizer.normalize(text)).replaceAll(" ").trim().replaceAll("\\s+", " ");
        if (s.isEmpty() || s.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        if (THAI.matcher(s.replace(" ", "")).matches()) {
            return Optional.of(Language.TH);
        }
        return ENGLISH.matcher(s).matches() ? Optional.of(Language.EN) : Optional.empty();
    }

    public Reply confirmation(Language lang) {
        TextMessage message = new TextMessage.Builder(text(lang, "erasure.confirm")).quickReply(new QuickReply.Builder()
                .items(List.of(item(text(lang, "erasure.button.confirm"), CONFIRM),
                        item(text(lang, "erasure.button.cancel"), CANCEL)))
                .build()).build();
        return reply(lang, message, "requested");
    }

    public Reply done(Language lang) {
        return reply(lang, new TextMessage.Builder(text(lang, "erasure.done")).build(), "erased");
    }

    /**
     * In a group or room the conversation is the whole group's, and who wrote what is not recorded per member, so
     * one member cannot erase it: the reply says so and points to a 1:1 chat and the hotline.
     */
    public Reply refusedInGroup(Language lang) {
        return reply(lang, new TextMessage.Builder(text(lang, "erasure.group")).build(), "refused in group");
    }

    public Reply cancelled(Language lang) {
        return reply(lang, new TextMessage.Builder(text(lang, "erasure.cancelled")).build(), "cancelled");
    }

    private Reply reply(Language lang, TextMessage message, String step) {
        return new Reply(null, 1.0, false, false, lang, List.of(message), List.of(), Decision.noted(Decision.Note.PRIVACY, "erasure " + step));
    }

    private static QuickReplyItem item(String label, String data) {
        return new QuickReplyItem(new PostbackAction.Builder().label(label).data(data).displayText(label).build());
    }

    private String text(Language lang, String key) {
        return texts.get(lang, key);
    }
}

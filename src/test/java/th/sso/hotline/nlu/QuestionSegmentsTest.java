package th.sso.hotline.nlu;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionSegmentsTest {

    @Test
    void splitsEnglishAtStopsAndLineBreaks() {
        assertThat(QuestionSegments.sentences("I work in Rayong. My boss says no!\nCan I register myself?ok"))
                .containsExactly("I work in Rayong.", "My boss says no!", "Can I register myself?", "ok");
    }

    @Test
    void splitsThaiAtAPoliteParticleFollowedByASpace() {
        assertThat(QuestionSegments.sentences("ทำงานมา 5 ปีค่ะ เพิ่งลาออกเมื่อวานค่ะ ได้เงินว่างงานไหมคะ"))
                .containsExactly("ทำงานมา 5 ปีค่ะ", "เพิ่งลาออกเมื่อวานค่ะ", "ได้เงินว่างงานไหมคะ");
        assertThat(QuestionSegments.sentences("ขอบคุณครับผม")).containsExactly("ขอบคุณครับผม");
    }

    @Test
    void recognisesQuestions() {
        assertThat(QuestionSegments.isQuestion("ได้เงินเท่าไหร่")).isTrue();
        assertThat(QuestionSegments.isQuestion("Is section 39 for retirees")).isTrue();
        assertThat(QuestionSegments.isQuestion("they can't get on the medical plan")).isFalse();
        assertThat(QuestionSegments.isQuestion("ngern tao rai")).isTrue();
        assertThat(QuestionSegments.isQuestion("tham ngan yu chiang mai")).isFalse();
        assertThat(QuestionSegments.isQuestion("lao ork laew dai ngern mai")).isTrue();
        assertThat(QuestionSegments.isQuestion("ทำงานมา 5 ปีค่ะ")).isFalse();
    }

    @Test
    void findsTheQuestionAfterTheStory() {
        String story = "I have been teaching at a private school in Chiang Mai for six years on a work permit. "
                + "My company never told me anything about the deductions on my payslip. "
                + "How do I check if I am actually registered? And which hospital am I under?";
        assertThat(QuestionSegments.questionPart(story))
                .contains("How do I check if I am actually registered? And which hospital am I under?");
    }

    @Test
    void shortMessagesAndMessagesThatAskFirstAreReadWhole() {
        assertThat(QuestionSegments.questionPart("I quit. Do I get anything?")).isEqualTo(Optional.empty());
        assertThat(QuestionSegments.questionPart("How much is the pension at 55? I worked 20 years in a factory in "
                + "Samut Prakan and paid every month, my wife also worked there for ten years")).isEmpty();
    }

    @Test
    void splitsAMessageThatAsksTwoThings() {
        assertThat(QuestionSegments.questions("คลอดลูกได้เท่าไหร่ แล้วสงเคราะห์บุตรยื่นยังไง", 3))
                .containsExactly("คลอดลูกได้เท่าไหร่", "แล้วสงเคราะห์บุตรยื่นยังไง");
        assertThat(QuestionSegments.questions("ไตวายใช้สิทธิได้ไหม สายด่วนเบอร์อะไร", 3))
                .containsExactly("ไตวายใช้สิทธิได้ไหม", "สายด่วนเบอร์อะไร");
        assertThat(QuestionSegments.questions("What is the child allowance now and when is it paid?", 3))
                .containsExactly("What is the child allowance now", "and when is it paid?");
        assertThat(QuestionSegments.questions(
                "Wage 20,000: how much is deducted every month, and how much would I get if I'm laid off?", 3))
                .containsExactly("Wage 20,000: how much is deducted every month", "and how much would I get if I'm laid off?");
        assertThat(QuestionSegments.questions("khlod look dai tao rai laew songkroh boot dai tao rai", 3))
                .containsExactly("khlod look dai tao rai", "laew songkroh boot dai tao rai");
    }

    @Test
    void keepsContextAndConditionsWithTheirQuestion() {
        // Context before the first question, and a clause that asks nothing, stay with a question.
        assertThat(QuestionSegments.questions("เปิดบริษัทจ้างคน ต้องแจ้งเข้ากี่วัน แล้วส่งเงินสมทบวันไหน", 3))
                .containsExactly("เปิดบริษัทจ้างคน ต้องแจ้งเข้ากี่วัน", "แล้วส่งเงินสมทบวันไหน");
        assertThat(QuestionSegments.questions("เงินเดือน 15000 ถ้าลาออกเองได้เท่าไหร่", 3))
                .containsExactly("เงินเดือน 15000 ถ้าลาออกเองได้เท่าไหร่");
        // One question, whatever its length, is one part; a comparison is one question.
        assertThat(QuestionSegments.questions("ม.33 กับ ม.39 ต่างกันยังไง", 3)).hasSize(1);
        assertThat(QuestionSegments.questions("ส่งมาแล้ว 15 ปี ได้บำนาญไหม", 3)).hasSize(1);
    }
}

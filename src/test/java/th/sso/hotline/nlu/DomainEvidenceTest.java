package th.sso.hotline.nlu;

import org.junit.jupiter.api.Test;
import th.sso.hotline.text.Glossary;
import th.sso.hotline.text.TextAnalysis;
import th.sso.hotline.text.TextNormalizer;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DomainEvidenceTest {

    private static final Glossary GLOSSARY = new Glossary(List.of(
            new Glossary.Term("sso", List.of("ประกันสังคม"), List.of("social security", "sso"), List.of(), List.of(),
                    Glossary.Term.SSO),
            new Glossary.Term("nhso_gold_card", List.of("บัตรทอง"), List.of("gold card"), List.of(), List.of(),
                    Glossary.Term.OTHER),
            new Glossary.Term("hospital", List.of("โรงพยาบาล"), List.of("hospital"), List.of(), List.of())));
    private final FeatureExtractor extractor = new FeatureExtractor(new TextAnalysis(GLOSSARY), new TextNormalizer());
    private final DomainEvidence evidence = new DomainEvidence(GLOSSARY);

    @Test
    void anotherAgencysSchemeAloneIsOthersOnly() {
        assertThat(evidence.othersOnly(extractor.extract("บัตรทองใช้โรงพยาบาลไหนได้บ้าง"))).isTrue();
        assertThat(evidence.othersOnly(extractor.extract("Can I use my gold card at any hospital?"))).isTrue();
    }

    @Test
    void anSsoWordBesideItIsNot() {
        assertThat(evidence.othersOnly(extractor.extract("มีบัตรทองอยู่ ต้องทำประกันสังคมไหม"))).isFalse();
        assertThat(evidence.othersOnly(extractor.extract("gold card or social security, which is better?"))).isFalse();
    }

    @Test
    void aMessageNamingNoSchemeIsNot() {
        assertThat(evidence.othersOnly(extractor.extract("โรงพยาบาลไหนดี"))).isFalse();
    }

    @Test
    void anUnknownDomainIsRefused() {
        assertThatThrownBy(() -> new Glossary.Term("x", List.of("x"), List.of(), List.of(), List.of(), "nhso"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

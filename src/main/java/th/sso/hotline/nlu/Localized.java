package th.sso.hotline.nlu;


/** A text in Thai and English; the other language stands in when one is missing. */
public record Localized(String th, String en) {

    public String in(Language lang) {
        String preferred = lang == Language.EN ? en : th;
        String other = lang == Language.EN ? th : en;
        return preferred != null && !preferred.isBlank() ? preferred.strip() : (other == null ? "" : other.strip());
    }
}

package th.sso.hotline.dialogue;

import th.sso.hotline.nlu.Language;
import th.sso.hotline.nlu.slots.Slots;

import java.time.LocalDate;

/** Works out a person's own figure (a contribution, a benefit) from what they said and the rules in force. */
public interface Calculator {

    /** The id an intent names in its YAML ({@code calculator: unemployment}). */
    String id();

    Calculation calculate(Slots slots, LocalDate today, Language lang);
}

package th.sso.hotline.nlu;

/**
 * Reads a message as one of the intents. The dialogue depends on this, not on the trained model, so its
 * decisions can be tested with a classifier that answers what each case needs.
 */
public interface Classifier {

    Classification classify(String text);
}

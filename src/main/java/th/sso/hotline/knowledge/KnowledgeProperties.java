package th.sso.hotline.knowledge;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.util.List;

@ConfigurationProperties("hotline")
public interface KnowledgeProperties {

    /** Folders of announcements (the shipped content/ and any imported dumps), comma-separated in CONTENT_DIRS. */
    @Bindable(defaultValue = "content")
    List<String> getContentDirs();

    /** Folder of the rules as data: {@code figures.yaml} (every figure with the period it is in force). */
    @Bindable(defaultValue = "intents/rules")
    String getRulesDir();

    /** Where the passage index is kept between restarts. */
    @Bindable(defaultValue = "data/index")
    String getIndexDir();

    /** Open (or build) the index when the service starts; the import command builds it itself. */
    @Bindable(defaultValue = "true")
    boolean isIndexOnStart();
}

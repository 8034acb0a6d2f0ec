package th.sso.hotline.staff.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;

/**
 * What every console template gets besides its page's own model: {@code fmt}, the formatter for the reader's
 * language, and {@code assets}, the versioned prefix of the static files.
 */
@Singleton
class ConsoleViewModel implements ViewModelProcessor<Map<String, Object>> {

    private final ConsoleFormats formats;
    private final StaticAssets assets;

    ConsoleViewModel(ConsoleFormats formats, StaticAssets assets) {
        this.formats = formats;
        this.assets = assets;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        // A copy: some pages hand over an immutable map.
        Map<String, Object> model = new HashMap<>(modelAndView.getModel().orElse(Map.of()));
        model.putIfAbsent("fmt", formats.of(request));
        model.putIfAbsent("assets", assets.prefix());
        modelAndView.setModel(model);
    }
}

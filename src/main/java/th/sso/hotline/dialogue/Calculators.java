package th.sso.hotline.dialogue;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The calculators by the id an intent names. */
@Singleton
public class Calculators {

    private final Map<String, Calculator> byId;

    public Calculators(List<Calculator> calculators) {
        this.byId = calculators.stream().collect(Collectors.toUnmodifiableMap(Calculator::id, Function.identity()));
    }

    public Optional<Calculator> find(String id) {
        return Optional.ofNullable(id).map(byId::get);
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }
}

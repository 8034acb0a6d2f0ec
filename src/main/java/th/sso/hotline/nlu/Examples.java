package th.sso.hotline.nlu;


import java.util.ArrayList;
import java.util.List;

public record Examples(List<String> th, List<String> en, List<String> mixed) {

    public List<String> all() {
        List<String> all = new ArrayList<>();
        for (List<String> part : List.of(nz(th), nz(en), nz(mixed))) {
            part.stream().filter(s -> s != null && !s.isBlank()).forEach(all::add);
        }
        return all;
    }

    private static List<String> nz(List<String> l) {
        return l == null ? List.of() : l;
    }
}

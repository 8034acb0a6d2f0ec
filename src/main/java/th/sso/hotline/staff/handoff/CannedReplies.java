package th.sso.hotline.staff.handoff;

import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Replies staff keep ready for the desk's composer; kept in the database so staff edit them without a release. */
@Singleton
public class CannedReplies {

    public static final int MAX_TITLE = 80;
    public static final int MAX_BODY = 2000;

    public record Canned(long id, String lang, String title, String body, String updatedBy, Instant updatedAt) {
    }

    private final Jdbi jdbi;

    public CannedReplies(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** All replies, those in {@code lang} first, then by title. */
    public List<Canned> all(String lang) {
        return jdbi.withHandle(h -> h.createQuery("""
                select * from canned_reply order by case when lang = :l then 0 else 1 end, lang, title, id""")
                .bind("l", lang == null ? "th" : lang)
                .map((rs, ctx) -> new Canned(rs.getLong("id"), rs.getString("lang"), rs.getString("title"),
                        rs.getString("body"), rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant()))
                .list());
    }

    public Optional<Canned> find(long id) {
        return all(null).stream().filter(c -> c.id() == id).findFirst();
    }

    public void create(String lang, String title, String body, String by, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("""
                insert into canned_reply(lang, title, body, updated_by, updated_at) values(:l, :t, :b, :by, :at)""")
                .bind("l", lang).bind("t", title).bind("b", body).bind("by", by).bind("at", at).execute());
    }

    public boolean update(long id, String lang, String title, String body, String by, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("""
                update canned_reply set lang = :l, title = :t, body = :b, updated_by = :by, updated_at = :at
                where id = :id""")
                .bind("l", lang).bind("t", title).bind("b", body).bind("by", by).bind("at", at).bind("id", id)
                .execute()) == 1;
    }

    public boolean delete(long id) {
        return jdbi.withHandle(h -> h.createUpdate("delete from canned_reply where id = :id").bind("id", id)
                .execute()) == 1;
    }
}

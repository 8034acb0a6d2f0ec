-- Staff console sessions, shared by every replica so any replica serves any staff request.
-- Same portable SQL for H2 (PostgreSQL mode) and PostgreSQL.

-- The session id is the cookie's secret, so only its SHA-256 is kept: reading this table hands out no live
-- session. A session goes with its account (on delete cascade); before login it has no account.
create table console_session (
    id_hash          varchar(64) primary key,   -- hex SHA-256 of the session id
    username         varchar(64) references staff_account (username) on delete cascade,
    created_at       timestamp with time zone not null,
    last_access_at   timestamp with time zone not null,
    max_inactive_s   bigint not null,           -- idle expiry in seconds; negative: never
    expires_at       timestamp with time zone,  -- last_access_at + max_inactive_s; null: never
    attributes       varchar not null           -- JSON: the CSRF token, the signed-in user (name, roles, attributes)
);
create index console_session_expires_idx on console_session (expires_at);
create index console_session_username_idx on console_session (username);

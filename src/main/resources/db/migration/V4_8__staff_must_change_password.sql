-- An account whose password somebody else saw (the generated first admin password, printed in the log) must choose
-- a new one at its first sign-in before it can do anything else.
alter table staff_account add column must_change_password boolean not null default false;

-- What the person told the bot in this conversation that a calculation can use again (wage, months paid, age,
-- section, reason for leaving, section 40 option) and the one fact the bot last asked for, so a follow-up such as
-- "แล้วถ้าลาออกเองล่ะ" or a bare "15000" after "เงินเดือนเท่าไหร่คะ?" is read with it on any replica. Kept only for
-- hotline.privacy.memory-ttl after memory_at (the retention sweep clears it), and deleted with the conversation on
-- erasure. Format: th.sso.hotline.dialogue.SlotMemory.
alter table conversation add column memory varchar(500);
alter table conversation add column memory_at timestamp with time zone;

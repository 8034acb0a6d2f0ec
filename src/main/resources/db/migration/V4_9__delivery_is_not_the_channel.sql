-- turn.delivery said how a reply reached the person, except for answers returned to the request that asked, where it
-- held the channel's code ('api', 'simulator') though turn.channel already says that. Those become 'direct'.
-- Values now: pending | sent | failed | undelivered | unknown | none | direct (th.sso.hotline.conversation.Delivery).
update turn set delivery = 'direct' where delivery in ('api', 'simulator');

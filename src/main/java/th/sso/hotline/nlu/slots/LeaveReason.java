package th.sso.hotline.nlu.slots;

/** Why a job ended, which decides the unemployment rate. */
public enum LeaveReason { LAID_OFF, RESIGNED, CONTRACT_ENDED }

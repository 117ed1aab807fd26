-- A sign-in attempt is recorded before its password is checked (success NULL while
-- pending), so that parallel attempts for one email cannot all pass the throttle.
ALTER TABLE "login_attempts" ALTER COLUMN "success" DROP NOT NULL;

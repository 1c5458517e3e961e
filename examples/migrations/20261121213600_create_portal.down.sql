-- Shale migration (down)
-- from: snapshot 933247fad9916021f26b09b0388db83e
-- to:   empty database
-- shale:transactional true
-- shale:hazards backward-incompatible,data-loss
-- shale:hazard drop-table error public.users
-- shale:hazard backward-incompatible-drop warning public.users
-- shale:hazard drop-table error public.ticket_comments
-- shale:hazard backward-incompatible-drop warning public.ticket_comments
-- shale:hazard drop-table error public.support_tickets
-- shale:hazard backward-incompatible-drop warning public.support_tickets
-- shale:hazard drop-table error public.projects
-- shale:hazard backward-incompatible-drop warning public.projects
-- shale:hazard drop-table error public.password_resets
-- shale:hazard backward-incompatible-drop warning public.password_resets
-- shale:hazard drop-table error public.email_verifications
-- shale:hazard backward-incompatible-drop warning public.email_verifications
-- shale:loses table public.users
-- shale:loses table public.ticket_comments
-- shale:loses table public.support_tickets
-- shale:loses table public.projects
-- shale:loses table public.password_resets
-- shale:loses table public.email_verifications
--
-- Changes:
--   drop foreign key ticket_comments_ticket_id_fkey on public.ticket_comments
--   drop foreign key ticket_comments_author_id_fkey on public.ticket_comments
--   drop foreign key support_tickets_user_id_fkey on public.support_tickets
--   drop foreign key support_tickets_project_id_fkey on public.support_tickets
--   drop foreign key projects_client_id_fkey on public.projects
--   drop foreign key password_resets_user_id_fkey on public.password_resets
--   drop foreign key email_verifications_user_id_fkey on public.email_verifications
--   drop table public.users
--   drop table public.ticket_comments
--   drop table public.support_tickets
--   drop table public.projects
--   drop table public.password_resets
--   drop table public.email_verifications
--   drop enum public.role
--
-- Hazards:
--   drop-table (error, data loss) public.users: Dropping table public.users deletes all of its rows.
--     safer: Stop reading the table in a release first, back it up or rename it, and drop it in a later migration.
--   backward-incompatible-drop (warning, backward incompatible) public.users: The release still running fails where it reads table public.users, dropped here.
--     safer: Deploy a release that no longer uses it first, then drop it.
--   drop-table (error, data loss) public.ticket_comments: Dropping table public.ticket_comments deletes all of its rows.
--     safer: Stop reading the table in a release first, back it up or rename it, and drop it in a later migration.
--   backward-incompatible-drop (warning, backward incompatible) public.ticket_comments: The release still running fails where it reads table public.ticket_comments, dropped here.
--     safer: Deploy a release that no longer uses it first, then drop it.
--   drop-table (error, data loss) public.support_tickets: Dropping table public.support_tickets deletes all of its rows.
--     safer: Stop reading the table in a release first, back it up or rename it, and drop it in a later migration.
--   backward-incompatible-drop (warning, backward incompatible) public.support_tickets: The release still running fails where it reads table public.support_tickets, dropped here.
--     safer: Deploy a release that no longer uses it first, then drop it.
--   drop-table (error, data loss) public.projects: Dropping table public.projects deletes all of its rows.
--     safer: Stop reading the table in a release first, back it up or rename it, and drop it in a later migration.
--   backward-incompatible-drop (warning, backward incompatible) public.projects: The release still running fails where it reads table public.projects, dropped here.
--     safer: Deploy a release that no longer uses it first, then drop it.
--   drop-table (error, data loss) public.password_resets: Dropping table public.password_resets deletes all of its rows.
--     safer: Stop reading the table in a release first, back it up or rename it, and drop it in a later migration.
--   backward-incompatible-drop (warning, backward incompatible) public.password_resets: The release still running fails where it reads table public.password_resets, dropped here.
--     safer: Deploy a release that no longer uses it first, then drop it.
--   drop-table (error, data loss) public.email_verifications: Dropping table public.email_verifications deletes all of its rows.
--     safer: Stop reading the table in a release first, back it up or rename it, and drop it in a later migration.
--   backward-incompatible-drop (warning, backward incompatible) public.email_verifications: The release still running fails where it reads table public.email_verifications, dropped here.
--     safer: Deploy a release that no longer uses it first, then drop it.

-- shale:step 1 transactional
SET lock_timeout = '500ms';
SET statement_timeout = '1min';
ALTER TABLE public.ticket_comments DROP CONSTRAINT ticket_comments_ticket_id_fkey;
ALTER TABLE public.ticket_comments DROP CONSTRAINT ticket_comments_author_id_fkey;
ALTER TABLE public.support_tickets DROP CONSTRAINT support_tickets_user_id_fkey;
ALTER TABLE public.support_tickets DROP CONSTRAINT support_tickets_project_id_fkey;
ALTER TABLE public.projects DROP CONSTRAINT projects_client_id_fkey;
ALTER TABLE public.password_resets DROP CONSTRAINT password_resets_user_id_fkey;
ALTER TABLE public.email_verifications DROP CONSTRAINT email_verifications_user_id_fkey;
DROP TABLE public.users;
DROP TABLE public.ticket_comments;
DROP TABLE public.support_tickets;
DROP TABLE public.projects;
DROP TABLE public.password_resets;
DROP TABLE public.email_verifications;
DROP TYPE public.role;

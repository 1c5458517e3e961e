-- Shale migration (down)
-- from: snapshot 933247fad9916021f26b09b0388db83e
-- to:   empty database
-- shale:transactional true
-- shale:hazards data-loss
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
--   data loss: Dropping table public.users deletes all of its rows.
--   data loss: Dropping table public.ticket_comments deletes all of its rows.
--   data loss: Dropping table public.support_tickets deletes all of its rows.
--   data loss: Dropping table public.projects deletes all of its rows.
--   data loss: Dropping table public.password_resets deletes all of its rows.
--   data loss: Dropping table public.email_verifications deletes all of its rows.

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

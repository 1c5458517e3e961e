-- Shale migration (down)
-- from: snapshot 31fe57ad5a17823763e37588a3976130
-- to:   snapshot 933247fad9916021f26b09b0388db83e
-- shale:transactional true
-- shale:hazards none
-- shale:requires references public.ticket_comments ticket_comments_ticket_id_fkey (ticket_id) public.support_tickets (id)
-- shale:requires references public.ticket_comments ticket_comments_author_id_fkey (author_id) public.users (id)
-- shale:requires references public.support_tickets support_tickets_user_id_fkey (user_id) public.users (id)
-- shale:requires references public.support_tickets support_tickets_project_id_fkey (project_id) public.projects (id)
-- shale:requires references public.projects projects_client_id_fkey (client_id) public.users (id)
-- shale:requires references public.password_resets password_resets_user_id_fkey (user_id) public.users (id)
-- shale:requires references public.email_verifications email_verifications_user_id_fkey (user_id) public.users (id)
--
-- Changes:
--   drop foreign key ticket_comments_ticket_id_fkey on public.ticket_comments
--   drop foreign key ticket_comments_author_id_fkey on public.ticket_comments
--   drop foreign key support_tickets_user_id_fkey on public.support_tickets
--   drop foreign key support_tickets_project_id_fkey on public.support_tickets
--   drop foreign key projects_client_id_fkey on public.projects
--   drop foreign key password_resets_user_id_fkey on public.password_resets
--   drop foreign key email_verifications_user_id_fkey on public.email_verifications
--   add foreign key ticket_comments_ticket_id_fkey on public.ticket_comments
--   add foreign key ticket_comments_author_id_fkey on public.ticket_comments
--   add foreign key support_tickets_user_id_fkey on public.support_tickets
--   add foreign key support_tickets_project_id_fkey on public.support_tickets
--   add foreign key projects_client_id_fkey on public.projects
--   add foreign key password_resets_user_id_fkey on public.password_resets
--   add foreign key email_verifications_user_id_fkey on public.email_verifications
--
-- Hazards:
--   none

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
ALTER TABLE public.ticket_comments ADD CONSTRAINT ticket_comments_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES public.support_tickets (id) NOT VALID;
ALTER TABLE public.ticket_comments ADD CONSTRAINT ticket_comments_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.users (id) NOT VALID;
ALTER TABLE public.support_tickets ADD CONSTRAINT support_tickets_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users (id) NOT VALID;
ALTER TABLE public.support_tickets ADD CONSTRAINT support_tickets_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.projects (id) NOT VALID;
ALTER TABLE public.projects ADD CONSTRAINT projects_client_id_fkey FOREIGN KEY (client_id) REFERENCES public.users (id) NOT VALID;
ALTER TABLE public.password_resets ADD CONSTRAINT password_resets_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users (id) NOT VALID;
ALTER TABLE public.email_verifications ADD CONSTRAINT email_verifications_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users (id) NOT VALID;

-- shale:step 2 transactional
SET lock_timeout = '500ms';
SET statement_timeout = '0';
ALTER TABLE public.ticket_comments VALIDATE CONSTRAINT ticket_comments_ticket_id_fkey;
ALTER TABLE public.ticket_comments VALIDATE CONSTRAINT ticket_comments_author_id_fkey;
ALTER TABLE public.support_tickets VALIDATE CONSTRAINT support_tickets_user_id_fkey;
ALTER TABLE public.support_tickets VALIDATE CONSTRAINT support_tickets_project_id_fkey;
ALTER TABLE public.projects VALIDATE CONSTRAINT projects_client_id_fkey;
ALTER TABLE public.password_resets VALIDATE CONSTRAINT password_resets_user_id_fkey;
ALTER TABLE public.email_verifications VALIDATE CONSTRAINT email_verifications_user_id_fkey;

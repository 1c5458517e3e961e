CREATE SCHEMA archive;
CREATE TABLE public.logs (id bigint PRIMARY KEY, message text NOT NULL, at timestamptz NOT NULL DEFAULT now());
CREATE INDEX logs_at_idx ON public.logs (at DESC);
INSERT INTO public.logs VALUES (1, 'boot', '2026-01-01 00:00:00+00'), (2, 'stop', '2026-01-02 00:00:00+00');

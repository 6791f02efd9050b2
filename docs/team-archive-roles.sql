-- CallScope team archive: the database and its two roles.
-- Run once, as a PostgreSQL superuser (on Debian: sudo -u postgres psql ...):
--
--   psql -X -v ON_ERROR_STOP=1 -v db=callscope -v writer=callscope_writer \
--        -v reader=callscope_reader -f docs/team-archive-roles.sql
--
-- then give each role a password interactively (psql sends it hashed, and it
-- stays out of shell history and process lists):
--
--   \password callscope_writer
--   \password callscope_reader
--
-- The writer fetches into the archive (CallScope creates and migrates the
-- tables itself, owned by the writer); the reader browses and exports only.

CREATE ROLE :"writer" LOGIN;
CREATE ROLE :"reader" LOGIN;
CREATE DATABASE :"db" OWNER :"writer" ENCODING 'UTF8' TEMPLATE template0;

-- Only these roles may connect.
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"db" TO :"writer";
GRANT CONNECT ON DATABASE :"db" TO :"reader";

\connect :"db"
-- The public schema belongs to the database owner (the writer) since
-- PostgreSQL 15; on older servers make sure nobody else may create in it.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO :"reader";
-- Every table the writer creates (now or in a later schema version) is readable by the reader.
ALTER DEFAULT PRIVILEGES FOR ROLE :"writer" IN SCHEMA public GRANT SELECT ON TABLES TO :"reader";
GRANT SELECT ON ALL TABLES IN SCHEMA public TO :"reader";

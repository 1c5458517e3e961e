CREATE TABLE memberships (user_id bigint, group_id bigint, PRIMARY KEY (user_id, group_id));

-- The steering committee approves what the transition team prepares (R1.3): its members get a role.
alter table users drop constraint users_role_check;
alter table users add constraint users_role_check check (role in ('admin', 'transition_team', 'steering_committee', 'org_member'));

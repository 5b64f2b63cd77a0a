SELECT pairing_id, entity_id, organisation, helix, participants
FROM stakeholders WHERE pairing_id = $id ORDER BY helix, organisation;

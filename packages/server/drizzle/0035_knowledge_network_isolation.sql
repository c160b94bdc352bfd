-- Custom SQL migration file, put your code below! --
-- The kennisnetwerk. An organisation's own rows are its own, as everywhere (tenant_isolation). A
-- shared item of another organisation is readable, never writable, and only while it is shared and
-- the reading organisation takes part itself (network_read, SELECT only). Withdrawn or never shared:
-- no other tenant sees the row. Versions follow their item.
ALTER TABLE knowledge_network_members ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON knowledge_network_members USING (org_id = current_org_id()) WITH CHECK (org_id = current_org_id());
--> statement-breakpoint
ALTER TABLE shared_items ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON shared_items USING (org_id = current_org_id()) WITH CHECK (org_id = current_org_id());
--> statement-breakpoint
CREATE POLICY network_read ON shared_items FOR SELECT USING (
  status = 'shared'
  AND EXISTS (SELECT 1 FROM knowledge_network_members m WHERE m.org_id = current_org_id() AND m.sharing)
);
--> statement-breakpoint
ALTER TABLE shared_item_versions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON shared_item_versions USING (org_id = current_org_id()) WITH CHECK (org_id = current_org_id());
--> statement-breakpoint
CREATE POLICY network_read ON shared_item_versions FOR SELECT USING (
  EXISTS (SELECT 1 FROM shared_items i WHERE i.id = item_id AND i.status = 'shared')
);
--> statement-breakpoint
ALTER TABLE knowledge_copies ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON knowledge_copies USING (org_id = current_org_id()) WITH CHECK (org_id = current_org_id());
--> statement-breakpoint
-- The links library is the network's: every tenant reads it, none writes it (the network admin does,
-- outside a tenant).
ALTER TABLE knowledge_links ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_read ON knowledge_links FOR SELECT USING (true);
--> statement-breakpoint
-- The links the guide names. A URL only where the guide gives one; the others wait for the network admin.
INSERT INTO knowledge_links (title, url, description, step_key, item_key) VALUES
  ('Kennisnetwerk ervaringsdeskundigheid (Valente)', 'https://www.valente.nl/netwerken/kennisnetwerk-ervaringsdeskundigheid/', 'Voor iedereen met een coördinerende, organiserende of beleidsmatige rol bij de inzet van ervaringsdeskundigheid.', 'professionalDevelopment', 'knowledgeNetwork'),
  ('Dossier ervaringsdeskundigheid (Vereniging Valente)', NULL, 'Succesvolle interventies en achtergrondinformatie.', NULL, NULL),
  ('Ervaringskennisplein', NULL, 'Informatie over ervaringskennis en ervaringsdeskundigheid, met een helpdesk voor vragen.', NULL, NULL),
  ('Monitoring implementatie ervaringsdeskundigheid (MIE)', NULL, 'Instrument van de GGZ-standaard ervaringsdeskundigheid voor een 0-meting.', 'exploration', 'baselineMeasurement'),
  ('Beroepscompetentieprofiel ervaringsdeskundigheid (BCP)', 'https://vved.org/wp-content/uploads/2023/05/2022-BCP-DEF.pdf', 'Vereniging van Ervaringsdeskundigen, 2022.', 'scoping', 'competenceProfile'),
  ('Beroepscode voor ervaringsdeskundigheid', 'https://vved.org/wp-content/uploads/2023/01/Beroepscode-28-12.pdf', 'Vereniging van Ervaringsdeskundigen, 2022.', 'scoping', 'competenceProfile'),
  ('Overzicht van opleidingen en trainingen (Vereniging van Ervaringsdeskundigen)', NULL, 'Opleidingen en trainingen voor medewerkers die hun ervaringskennis professioneel willen inzetten.', 'professionalDevelopment', 'education'),
  ('Register ervaringsdeskundigen (Registerplein)', 'https://www.registerplein.nl/register/ervaringsdeskundigen/', 'Geregistreerde ervaringsdeskundigen.', 'embedding', 'registeredExperts'),
  ('Ervaringskennis in beleid (Movisie, 2024)', 'https://www.movisie.nl/sites/movisie.nl/files/2024-04/Ervaringskennis-in-beleid-2024.pdf', 'De lemniscaat voor ervaringskennis in beleid.', 'supportAndVision', NULL);

CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
CREATE TABLE actors (
	id INTEGER NOT NULL, 
	"key" VARCHAR(100) NOT NULL, 
	name TEXT NOT NULL, 
	kind VARCHAR(40) NOT NULL, 
	parent_key VARCHAR(100), 
	aliases JSON NOT NULL, 
	valid_from DATE, 
	valid_to DATE, 
	CONSTRAINT pk_actors PRIMARY KEY (id), 
	CONSTRAINT uq_actors_key UNIQUE ("key")
);
CREATE TABLE audit_entries (
	id INTEGER NOT NULL, 
	at DATETIME, 
	actor VARCHAR(200) NOT NULL, 
	action VARCHAR(20) NOT NULL, 
	entity VARCHAR(60) NOT NULL, 
	entity_id VARCHAR(100) NOT NULL, 
	"before" JSON, 
	"after" JSON, 
	prev_hash VARCHAR(64) NOT NULL, 
	hash VARCHAR(64) NOT NULL, 
	CONSTRAINT pk_audit_entries PRIMARY KEY (id), 
	CONSTRAINT uq_audit_entries_hash UNIQUE (hash)
);
CREATE INDEX ix_audit_entries_entity ON audit_entries (entity);
CREATE INDEX ix_audit_entries_entity_id ON audit_entries (entity_id);
CREATE TABLE audit_head (
	id INTEGER NOT NULL, 
	last_id INTEGER, 
	last_hash VARCHAR(64) NOT NULL, 
	CONSTRAINT pk_audit_head PRIMARY KEY (id)
);
CREATE TABLE bulletin_claims (
	id INTEGER NOT NULL, 
	claimant VARCHAR(200) NOT NULL, 
	channel VARCHAR(200), 
	bulletin_date DATE, 
	date DATE, 
	place TEXT, 
	admin1 VARCHAR(10), 
	target VARCHAR(200), 
	claimed_killed INTEGER, 
	claimed_injured INTEGER, 
	note TEXT, 
	import_sha256 VARCHAR(64), 
	"row" INTEGER NOT NULL, 
	CONSTRAINT pk_bulletin_claims PRIMARY KEY (id)
);
CREATE INDEX ix_bulletin_claims_admin1 ON bulletin_claims (admin1);
CREATE INDEX ix_bulletin_claims_claimant ON bulletin_claims (claimant);
CREATE INDEX ix_bulletin_claims_date ON bulletin_claims (date);
CREATE INDEX ix_bulletin_claims_import_sha256 ON bulletin_claims (import_sha256);
CREATE TABLE incidents (
	id INTEGER NOT NULL, 
	title TEXT NOT NULL, 
	attack_type VARCHAR(40) NOT NULL, 
	suicide BOOLEAN NOT NULL, 
	date DATE, 
	date_precision VARCHAR(10) NOT NULL, 
	place_name TEXT, 
	country VARCHAR(2), 
	admin1 VARCHAR(10), 
	admin2 VARCHAR(200), 
	lat FLOAT, 
	lon FLOAT, 
	geo_precision INTEGER, 
	killed_low INTEGER, 
	killed_best INTEGER, 
	killed_high INTEGER, 
	injured_low INTEGER, 
	injured_best INTEGER, 
	injured_high INTEGER, 
	targets JSON NOT NULL, 
	perpetrator_summary VARCHAR(300), 
	status VARCHAR(20) NOT NULL, 
	explanation JSON NOT NULL, 
	created_at DATETIME, 
	updated_at DATETIME, 
	CONSTRAINT pk_incidents PRIMARY KEY (id)
);
CREATE INDEX ix_incidents_admin1 ON incidents (admin1);
CREATE INDEX ix_incidents_attack_type ON incidents (attack_type);
CREATE INDEX ix_incidents_country ON incidents (country);
CREATE INDEX ix_incidents_date ON incidents (date);
CREATE INDEX ix_incidents_date_admin1 ON incidents (date, admin1);
CREATE INDEX ix_incidents_perpetrator_summary ON incidents (perpetrator_summary);
CREATE INDEX ix_incidents_status ON incidents (status);
CREATE TABLE originals (
	id INTEGER NOT NULL, 
	sha256 VARCHAR(64) NOT NULL, 
	size INTEGER NOT NULL, 
	media_type VARCHAR(200) NOT NULL, 
	name VARCHAR(1000) NOT NULL, 
	format VARCHAR(40) NOT NULL, 
	received_at DATETIME, 
	received_by VARCHAR(200), 
	CONSTRAINT pk_originals PRIMARY KEY (id), 
	CONSTRAINT uq_originals_sha256 UNIQUE (sha256)
);
CREATE TABLE places (
	id INTEGER NOT NULL, 
	name TEXT NOT NULL, 
	kind VARCHAR(40) NOT NULL, 
	country VARCHAR(2) NOT NULL, 
	admin1 VARCHAR(10), 
	admin2 VARCHAR(200), 
	lat FLOAT, 
	lon FLOAT, 
	geonames_id INTEGER, 
	names JSON NOT NULL, 
	CONSTRAINT pk_places PRIMARY KEY (id)
);
CREATE TABLE api_tokens (
	id INTEGER NOT NULL, 
	user_id INTEGER NOT NULL, 
	name TEXT NOT NULL, 
	token_sha256 VARCHAR(64) NOT NULL, 
	created_at DATETIME, 
	last_used DATETIME, 
	revoked BOOLEAN NOT NULL, expires_at DATETIME, 
	CONSTRAINT pk_api_tokens PRIMARY KEY (id), 
	CONSTRAINT fk_api_tokens_user_id_users FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE, 
	CONSTRAINT uq_api_tokens_token_sha256 UNIQUE (token_sha256)
);
CREATE INDEX ix_api_tokens_user_id ON api_tokens (user_id);
CREATE TABLE assessments (
	id INTEGER NOT NULL, 
	incident_id INTEGER NOT NULL, 
	perpetrator VARCHAR(200), 
	confidence VARCHAR(20) NOT NULL, 
	rationale TEXT NOT NULL, 
	evidence_refs JSON NOT NULL, 
	analyst VARCHAR(200) NOT NULL, 
	at DATETIME, 
	CONSTRAINT pk_assessments PRIMARY KEY (id), 
	CONSTRAINT fk_assessments_incident_id_incidents FOREIGN KEY(incident_id) REFERENCES incidents (id) ON DELETE CASCADE
);
CREATE INDEX ix_assessments_incident_id ON assessments (incident_id);
CREATE TABLE evidence (
	id INTEGER NOT NULL, 
	sha256 VARCHAR(64) NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	media_type VARCHAR(200) NOT NULL, 
	name VARCHAR(1000) NOT NULL, 
	source_id INTEGER, 
	first_seen DATETIME, 
	captured_at DATETIME, 
	device TEXT, 
	gps_lat FLOAT, 
	gps_lon FLOAT, 
	width INTEGER, 
	height INTEGER, 
	duration_s FLOAT, 
	codec VARCHAR(100), 
	pdq VARCHAR(64), 
	pdq_quality INTEGER, 
	metadata_json JSON NOT NULL, 
	graphic BOOLEAN NOT NULL, 
	note TEXT, 
	analysed_at DATETIME, 
	analysis_error TEXT, 
	CONSTRAINT pk_evidence PRIMARY KEY (id), 
	CONSTRAINT fk_evidence_source_id_sources FOREIGN KEY(source_id) REFERENCES sources (id), 
	CONSTRAINT uq_evidence_sha256 UNIQUE (sha256)
);
CREATE INDEX ix_evidence_first_seen ON evidence (first_seen);
CREATE INDEX ix_evidence_pdq ON evidence (pdq);
CREATE INDEX ix_evidence_source_id ON evidence (source_id);
CREATE TABLE hypotheses (
	id INTEGER NOT NULL, 
	incident_id INTEGER NOT NULL, 
	label TEXT NOT NULL, 
	actor VARCHAR(200), 
	CONSTRAINT pk_hypotheses PRIMARY KEY (id), 
	CONSTRAINT fk_hypotheses_incident_id_incidents FOREIGN KEY(incident_id) REFERENCES incidents (id) ON DELETE CASCADE
);
CREATE INDEX ix_hypotheses_incident_id ON hypotheses (incident_id);
CREATE TABLE link_decisions (
	id INTEGER NOT NULL, 
	source_id INTEGER NOT NULL, 
	ordinal INTEGER NOT NULL, 
	incident_id INTEGER NOT NULL, 
	decision VARCHAR(20) NOT NULL, 
	analyst VARCHAR(200) NOT NULL, 
	at DATETIME, 
	note TEXT, 
	CONSTRAINT pk_link_decisions PRIMARY KEY (id), 
	CONSTRAINT fk_link_decisions_incident_id_incidents FOREIGN KEY(incident_id) REFERENCES incidents (id), 
	CONSTRAINT fk_link_decisions_source_id_sources FOREIGN KEY(source_id) REFERENCES sources (id)
);
CREATE INDEX ix_link_decisions_incident_id ON link_decisions (incident_id);
CREATE INDEX ix_link_decisions_source_id ON link_decisions (source_id);
CREATE TABLE mentions (
	id INTEGER NOT NULL, 
	source_id INTEGER NOT NULL, 
	ordinal INTEGER NOT NULL, 
	attack_type VARCHAR(40) NOT NULL, 
	acled_sub_event_type VARCHAR(80), 
	suicide BOOLEAN NOT NULL, 
	date DATE, 
	date_precision VARCHAR(10) NOT NULL, 
	place_name TEXT, 
	country VARCHAR(2), 
	admin1 VARCHAR(10), 
	admin2 VARCHAR(200), 
	lat FLOAT, 
	lon FLOAT, 
	geo_precision INTEGER, 
	killed_low INTEGER, 
	killed_best INTEGER, 
	killed_high INTEGER, 
	injured_low INTEGER, 
	injured_best INTEGER, 
	injured_high INTEGER, 
	perpetrators_killed_low INTEGER, 
	perpetrators_killed_best INTEGER, 
	perpetrators_killed_high INTEGER, 
	kidnapped_best INTEGER, 
	perpetrator VARCHAR(200), 
	perpetrator_certainty VARCHAR(20) NOT NULL, 
	targets JSON NOT NULL, 
	victims_named JSON NOT NULL, 
	spans JSON NOT NULL, 
	components JSON NOT NULL, 
	confidence FLOAT, 
	created_at DATETIME, 
	CONSTRAINT pk_mentions PRIMARY KEY (id), 
	CONSTRAINT fk_mentions_source_id_sources FOREIGN KEY(source_id) REFERENCES sources (id) ON DELETE CASCADE
);
CREATE INDEX ix_mentions_admin1 ON mentions (admin1);
CREATE INDEX ix_mentions_date ON mentions (date);
CREATE INDEX ix_mentions_perpetrator ON mentions (perpetrator);
CREATE INDEX ix_mentions_source_id ON mentions (source_id);
CREATE TABLE claims (
	id INTEGER NOT NULL, 
	incident_id INTEGER, 
	mention_id INTEGER, 
	source_id INTEGER, 
	kind VARCHAR(20) NOT NULL, 
	claimant VARCHAR(300), 
	subject VARCHAR(300), 
	channel VARCHAR(200), 
	span_start INTEGER, 
	span_end INTEGER, 
	quote TEXT, 
	killed_claimed INTEGER, 
	injured_claimed INTEGER, 
	released_by_party BOOLEAN NOT NULL, 
	possible_coercion BOOLEAN NOT NULL, 
	unverifiable BOOLEAN NOT NULL, 
	credibility INTEGER, 
	origin VARCHAR(20) NOT NULL, 
	persons JSON NOT NULL, 
	created_at DATETIME, 
	CONSTRAINT pk_claims PRIMARY KEY (id), 
	CONSTRAINT fk_claims_incident_id_incidents FOREIGN KEY(incident_id) REFERENCES incidents (id) ON DELETE SET NULL, 
	CONSTRAINT fk_claims_mention_id_mentions FOREIGN KEY(mention_id) REFERENCES mentions (id) ON DELETE CASCADE, 
	CONSTRAINT fk_claims_source_id_sources FOREIGN KEY(source_id) REFERENCES sources (id)
);
CREATE INDEX ix_claims_incident_id ON claims (incident_id);
CREATE INDEX ix_claims_kind ON claims (kind);
CREATE INDEX ix_claims_mention_id ON claims (mention_id);
CREATE INDEX ix_claims_source_id ON claims (source_id);
CREATE INDEX ix_claims_subject ON claims (subject);
CREATE TABLE derived_objects (
	id INTEGER NOT NULL, 
	evidence_id INTEGER NOT NULL, 
	role VARCHAR(20) NOT NULL, 
	sha256 VARCHAR(64) NOT NULL, 
	media_type VARCHAR(100) NOT NULL, 
	t FLOAT, 
	CONSTRAINT pk_derived_objects PRIMARY KEY (id), 
	CONSTRAINT fk_derived_objects_evidence_id_evidence FOREIGN KEY(evidence_id) REFERENCES evidence (id) ON DELETE CASCADE
);
CREATE INDEX ix_derived_objects_evidence_id ON derived_objects (evidence_id);
CREATE TABLE evidence_links (
	id INTEGER NOT NULL, 
	evidence_id INTEGER NOT NULL, 
	incident_id INTEGER NOT NULL, 
	note TEXT, 
	t_start FLOAT, 
	t_end FLOAT, 
	recycled BOOLEAN NOT NULL, 
	recycled_note TEXT, 
	analyst VARCHAR(200), 
	at DATETIME, 
	CONSTRAINT pk_evidence_links PRIMARY KEY (id), 
	CONSTRAINT fk_evidence_links_evidence_id_evidence FOREIGN KEY(evidence_id) REFERENCES evidence (id) ON DELETE CASCADE, 
	CONSTRAINT fk_evidence_links_incident_id_incidents FOREIGN KEY(incident_id) REFERENCES incidents (id) ON DELETE CASCADE, 
	CONSTRAINT uq_evidence_links_evidence_id UNIQUE (evidence_id, incident_id)
);
CREATE INDEX ix_evidence_links_evidence_id ON evidence_links (evidence_id);
CREATE INDEX ix_evidence_links_incident_id ON evidence_links (incident_id);
CREATE TABLE incident_mentions (
	id INTEGER NOT NULL, 
	incident_id INTEGER NOT NULL, 
	mention_id INTEGER NOT NULL, 
	state VARCHAR(20) NOT NULL, 
	score FLOAT, 
	decided_by VARCHAR(200), 
	decided_at DATETIME, 
	CONSTRAINT pk_incident_mentions PRIMARY KEY (id), 
	CONSTRAINT fk_incident_mentions_incident_id_incidents FOREIGN KEY(incident_id) REFERENCES incidents (id) ON DELETE CASCADE, 
	CONSTRAINT fk_incident_mentions_mention_id_mentions FOREIGN KEY(mention_id) REFERENCES mentions (id) ON DELETE CASCADE, 
	CONSTRAINT uq_incident_mentions_incident_id UNIQUE (incident_id, mention_id)
);
CREATE INDEX ix_incident_mentions_incident_id ON incident_mentions (incident_id);
CREATE INDEX ix_incident_mentions_mention_id ON incident_mentions (mention_id);
CREATE TABLE media_hashes (
	id INTEGER NOT NULL, 
	evidence_id INTEGER NOT NULL, 
	algorithm VARCHAR(20) NOT NULL, 
	hash_hex VARCHAR(64) NOT NULL, 
	quality INTEGER, 
	t_start FLOAT, 
	t_end FLOAT, 
	CONSTRAINT pk_media_hashes PRIMARY KEY (id), 
	CONSTRAINT fk_media_hashes_evidence_id_evidence FOREIGN KEY(evidence_id) REFERENCES evidence (id) ON DELETE CASCADE
);
CREATE INDEX ix_media_hashes_evidence_id ON media_hashes (evidence_id);
CREATE INDEX ix_media_hashes_hash_hex ON media_hashes (hash_hex);
CREATE TABLE verifications (
	id INTEGER NOT NULL, 
	incident_id INTEGER NOT NULL, 
	evidence_id INTEGER, 
	"check" VARCHAR(40) NOT NULL, 
	result VARCHAR(20) NOT NULL, 
	criteria TEXT NOT NULL, 
	value TEXT, 
	precision_m FLOAT, 
	note TEXT, 
	analyst VARCHAR(200) NOT NULL, 
	at DATETIME, 
	reviewer VARCHAR(200), 
	reviewed_at DATETIME, 
	automatic BOOLEAN NOT NULL, 
	CONSTRAINT pk_verifications PRIMARY KEY (id), 
	CONSTRAINT fk_verifications_evidence_id_evidence FOREIGN KEY(evidence_id) REFERENCES evidence (id), 
	CONSTRAINT fk_verifications_incident_id_incidents FOREIGN KEY(incident_id) REFERENCES incidents (id) ON DELETE CASCADE
);
CREATE INDEX ix_verifications_incident_id ON verifications (incident_id);
CREATE TABLE ach_items (
	id INTEGER NOT NULL, 
	incident_id INTEGER NOT NULL, 
	description TEXT NOT NULL, 
	claim_id INTEGER, 
	source_id INTEGER, 
	evidence_id INTEGER, 
	weight FLOAT NOT NULL, 
	credibility INTEGER, 
	CONSTRAINT pk_ach_items PRIMARY KEY (id), 
	CONSTRAINT fk_ach_items_claim_id_claims FOREIGN KEY(claim_id) REFERENCES claims (id) ON DELETE SET NULL, 
	CONSTRAINT fk_ach_items_evidence_id_evidence FOREIGN KEY(evidence_id) REFERENCES evidence (id), 
	CONSTRAINT fk_ach_items_incident_id_incidents FOREIGN KEY(incident_id) REFERENCES incidents (id) ON DELETE CASCADE, 
	CONSTRAINT fk_ach_items_source_id_sources FOREIGN KEY(source_id) REFERENCES sources (id)
);
CREATE INDEX ix_ach_items_incident_id ON ach_items (incident_id);
CREATE TABLE ach_ratings (
	id INTEGER NOT NULL, 
	hypothesis_id INTEGER NOT NULL, 
	item_id INTEGER NOT NULL, 
	rating VARCHAR(20) NOT NULL, 
	analyst VARCHAR(200) NOT NULL, 
	CONSTRAINT pk_ach_ratings PRIMARY KEY (id), 
	CONSTRAINT fk_ach_ratings_hypothesis_id_hypotheses FOREIGN KEY(hypothesis_id) REFERENCES hypotheses (id) ON DELETE CASCADE, 
	CONSTRAINT fk_ach_ratings_item_id_ach_items FOREIGN KEY(item_id) REFERENCES ach_items (id) ON DELETE CASCADE, 
	CONSTRAINT uq_ach_ratings_hypothesis_id UNIQUE (hypothesis_id, item_id)
);
CREATE INDEX ix_ach_ratings_hypothesis_id ON ach_ratings (hypothesis_id);
CREATE INDEX ix_ach_ratings_item_id ON ach_ratings (item_id);
CREATE INDEX ix_incidents_killed_best ON incidents (killed_best);
CREATE TABLE "users" (
	id INTEGER NOT NULL, 
	username VARCHAR(100) NOT NULL, 
	password_hash TEXT NOT NULL, 
	role VARCHAR(20) NOT NULL, 
	active BOOLEAN NOT NULL, 
	created_at DATETIME, 
	session_epoch INTEGER DEFAULT 0 NOT NULL, 
	CONSTRAINT pk_users PRIMARY KEY (id), 
	CONSTRAINT uq_users_username UNIQUE (username)
);
CREATE TABLE "sources" (
	id INTEGER NOT NULL, 
	sha256 VARCHAR(64) NOT NULL, 
	locator VARCHAR(200) NOT NULL, 
	kind VARCHAR(40) NOT NULL, 
	title TEXT, 
	author TEXT, 
	publisher VARCHAR(300), 
	url TEXT, 
	published DATETIME, 
	published_precision VARCHAR(10), 
	retrieved DATETIME, 
	language VARCHAR(20), 
	text TEXT NOT NULL, 
	text_sha256 VARCHAR(64) NOT NULL, 
	reliability VARCHAR(1) NOT NULL, 
	supersedes_id INTEGER, 
	extra JSON NOT NULL, 
	ingested_at DATETIME, 
	extracted_at DATETIME, 
	extractor_version TEXT, 
	CONSTRAINT pk_sources PRIMARY KEY (id), 
	CONSTRAINT fk_sources_supersedes_id_sources FOREIGN KEY(supersedes_id) REFERENCES sources (id), 
	CONSTRAINT uq_sources_sha256 UNIQUE (sha256, locator)
);
CREATE INDEX ix_sources_published ON sources (published);
CREATE INDEX ix_sources_text_sha256 ON sources (text_sha256);
CREATE INDEX ix_sources_sha256 ON sources (sha256);
CREATE INDEX ix_sources_extracted_at ON sources (extracted_at);
CREATE INDEX ix_sources_publisher ON sources (publisher);
CREATE TABLE jobs (
	id INTEGER NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	payload JSON NOT NULL, 
	progress TEXT, 
	result JSON NOT NULL, 
	error TEXT, 
	attempts INTEGER NOT NULL, 
	created_by VARCHAR(200), 
	created_at DATETIME, 
	started_at DATETIME, 
	finished_at DATETIME, 
	lease_until DATETIME, 
	CONSTRAINT pk_jobs PRIMARY KEY (id)
);
CREATE INDEX ix_jobs_created_at ON jobs (created_at);
CREATE INDEX ix_jobs_status ON jobs (status);
CREATE TABLE captures (
	id INTEGER NOT NULL, 
	url VARCHAR(2000) NOT NULL, 
	final_url TEXT, 
	http_status INTEGER, 
	outcome VARCHAR(20) NOT NULL, 
	problem TEXT, 
	captured_at DATETIME, 
	captured_by VARCHAR(200), 
	source_id INTEGER, 
	html_sha256 VARCHAR(64), 
	warc_sha256 VARCHAR(64), 
	screenshot_sha256 VARCHAR(64), 
	pdf_sha256 VARCHAR(64), 
	headers JSON NOT NULL, 
	CONSTRAINT pk_captures PRIMARY KEY (id), 
	CONSTRAINT fk_captures_source_id_sources FOREIGN KEY(source_id) REFERENCES sources (id)
);
CREATE INDEX ix_captures_captured_at ON captures (captured_at);
CREATE INDEX ix_captures_outcome ON captures (outcome);
CREATE INDEX ix_captures_source_id ON captures (source_id);
CREATE INDEX ix_captures_url ON captures (url);
CREATE VIRTUAL TABLE search_fts USING fts5(title, body, tokenize = 'porter unicode61 remove_diacritics 2');
CREATE TRIGGER search_fts_sources_ai AFTER INSERT ON sources BEGIN INSERT INTO search_fts(rowid, title, body) VALUES (NEW.id * 4 + 0, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(coalesce(NEW.title, ''), 'ً', ''), 'ٌ', ''), 'ٍ', ''), 'َ', ''), 'ُ', ''), 'ِ', ''), 'ّ', ''), 'ْ', ''), 'ٰ', ''), 'ـ', ''), replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(coalesce(NEW.publisher, '') || ' ' || NEW.text, 'ً', ''), 'ٌ', ''), 'ٍ', ''), 'َ', ''), 'ُ', ''), 'ِ', ''), 'ّ', ''), 'ْ', ''), 'ٰ', ''), 'ـ', '')); END;
CREATE TRIGGER search_fts_sources_au AFTER UPDATE OF title, publisher, text ON sources BEGIN DELETE FROM search_fts WHERE rowid = OLD.id * 4 + 0; INSERT INTO search_fts(rowid, title, body) VALUES (NEW.id * 4 + 0, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(coalesce(NEW.title, ''), 'ً', ''), 'ٌ', ''), 'ٍ', ''), 'َ', ''), 'ُ', ''), 'ِ', ''), 'ّ', ''), 'ْ', ''), 'ٰ', ''), 'ـ', ''), replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(coalesce(NEW.publisher, '') || ' ' || NEW.text, 'ً', ''), 'ٌ', ''), 'ٍ', ''), 'َ', ''), 'ُ', ''), 'ِ', ''), 'ّ', ''), 'ْ', ''), 'ٰ', ''), 'ـ', '')); END;
CREATE TRIGGER search_fts_sources_ad AFTER DELETE ON sources BEGIN DELETE FROM search_fts WHERE rowid = OLD.id * 4 + 0; END;
CREATE TRIGGER search_fts_incidents_ai AFTER INSERT ON incidents BEGIN INSERT INTO search_fts(rowid, title, body) VALUES (NEW.id * 4 + 1, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(NEW.title, 'ً', ''), 'ٌ', ''), 'ٍ', ''), 'َ', ''), 'ُ', ''), 'ِ', ''), 'ّ', ''), 'ْ', ''), 'ٰ', ''), 'ـ', ''), replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(coalesce(NEW.place_name, '') || ' ' || coalesce(NEW.admin2, '') || ' ' || coalesce(NEW.perpetrator_summary, ''), 'ً', ''), 'ٌ', ''), 'ٍ', ''), 'َ', ''), 'ُ', ''), 'ِ', ''), 'ّ', ''), 'ْ', ''), 'ٰ', ''), 'ـ', '')); END;
CREATE TRIGGER search_fts_incidents_au AFTER UPDATE OF title, place_name, admin2, perpetrator_summary ON incidents BEGIN DELETE FROM search_fts WHERE rowid = OLD.id * 4 + 1; INSERT INTO search_fts(rowid, title, body) VALUES (NEW.id * 4 + 1, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(NEW.title, 'ً', ''), 'ٌ', ''), 'ٍ', ''), 'َ', ''), 'ُ', ''), 'ِ', ''), 'ّ', ''), 'ْ', ''), 'ٰ', ''), 'ـ', ''), replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(coalesce(NEW.place_name, '') || ' ' || coalesce(NEW.admin2, '') || ' ' || coalesce(NEW.perpetrator_summary, ''), 'ً', ''), 'ٌ', ''), 'ٍ', ''), 'َ', ''), 'ُ', ''), 'ِ', ''), 'ّ', ''), 'ْ', ''), 'ٰ', ''), 'ـ', '')); END;
CREATE TRIGGER search_fts_incidents_ad AFTER DELETE ON incidents BEGIN DELETE FROM search_fts WHERE rowid = OLD.id * 4 + 1; END;
CREATE TRIGGER search_fts_claims_ai AFTER INSERT ON claims BEGIN INSERT INTO search_fts(rowid, title, body) VALUES (NEW.id * 4 + 2, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(coalesce(NEW.claimant, ''), 'ً', ''), 'ٌ', ''), 'ٍ', ''), 'َ', ''), 'ُ', ''), 'ِ', ''), 'ّ', ''), 'ْ', ''), 'ٰ', ''), 'ـ', ''), replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(coalesce(NEW.subject, '') || ' ' || coalesce(NEW.channel, '') || ' ' || coalesce(NEW.quote, ''), 'ً', ''), 'ٌ', ''), 'ٍ', ''), 'َ', ''), 'ُ', ''), 'ِ', ''), 'ّ', ''), 'ْ', ''), 'ٰ', ''), 'ـ', '')); END;
CREATE TRIGGER search_fts_claims_au AFTER UPDATE OF claimant, subject, channel, quote ON claims BEGIN DELETE FROM search_fts WHERE rowid = OLD.id * 4 + 2; INSERT INTO search_fts(rowid, title, body) VALUES (NEW.id * 4 + 2, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(coalesce(NEW.claimant, ''), 'ً', ''), 'ٌ', ''), 'ٍ', ''), 'َ', ''), 'ُ', ''), 'ِ', ''), 'ّ', ''), 'ْ', ''), 'ٰ', ''), 'ـ', ''), replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(coalesce(NEW.subject, '') || ' ' || coalesce(NEW.channel, '') || ' ' || coalesce(NEW.quote, ''), 'ً', ''), 'ٌ', ''), 'ٍ', ''), 'َ', ''), 'ُ', ''), 'ِ', ''), 'ّ', ''), 'ْ', ''), 'ٰ', ''), 'ـ', '')); END;
CREATE TRIGGER search_fts_claims_ad AFTER DELETE ON claims BEGIN DELETE FROM search_fts WHERE rowid = OLD.id * 4 + 2; END;
CREATE TABLE saved_searches (
	id INTEGER NOT NULL, 
	owner VARCHAR(100) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	"query" JSON NOT NULL, 
	created_at DATETIME, 
	seen_source_id INTEGER NOT NULL, 
	seen_incident_id INTEGER NOT NULL, 
	CONSTRAINT pk_saved_searches PRIMARY KEY (id)
);
CREATE INDEX ix_saved_searches_owner ON saved_searches (owner);
CREATE TABLE comments (
	id INTEGER NOT NULL, 
	incident_id INTEGER NOT NULL, 
	author VARCHAR(200) NOT NULL, 
	body TEXT NOT NULL, 
	at DATETIME, 
	CONSTRAINT pk_comments PRIMARY KEY (id), 
	CONSTRAINT fk_comments_incident_id_incidents FOREIGN KEY(incident_id) REFERENCES incidents (id) ON DELETE CASCADE
);
CREATE INDEX ix_comments_incident_id ON comments (incident_id);
CREATE TABLE corrections (
	id INTEGER NOT NULL, 
	incident_id INTEGER NOT NULL, 
	field VARCHAR(40) NOT NULL, 
	machine_value TEXT, 
	value TEXT, 
	reason TEXT NOT NULL, 
	analyst VARCHAR(200) NOT NULL, 
	at DATETIME, 
	withdrawn BOOLEAN NOT NULL, 
	CONSTRAINT pk_corrections PRIMARY KEY (id), 
	CONSTRAINT fk_corrections_incident_id_incidents FOREIGN KEY(incident_id) REFERENCES incidents (id) ON DELETE CASCADE
);
CREATE INDEX ix_corrections_incident_id ON corrections (incident_id);
CREATE TABLE inbox_items (
	id INTEGER NOT NULL, 
	owner VARCHAR(100) NOT NULL, 
	saved_search_id INTEGER NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	ref_id INTEGER NOT NULL, 
	title TEXT NOT NULL, 
	at DATETIME, 
	read BOOLEAN NOT NULL, 
	CONSTRAINT pk_inbox_items PRIMARY KEY (id), 
	CONSTRAINT fk_inbox_items_saved_search_id_saved_searches FOREIGN KEY(saved_search_id) REFERENCES saved_searches (id) ON DELETE CASCADE
);
CREATE INDEX ix_inbox_items_owner ON inbox_items (owner);
CREATE INDEX ix_inbox_items_saved_search_id ON inbox_items (saved_search_id);
CREATE TABLE work_items (
	id INTEGER NOT NULL, 
	incident_id INTEGER NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	assignee VARCHAR(100), 
	updated_by VARCHAR(200) NOT NULL, 
	updated_at DATETIME, 
	CONSTRAINT pk_work_items PRIMARY KEY (id), 
	CONSTRAINT fk_work_items_incident_id_incidents FOREIGN KEY(incident_id) REFERENCES incidents (id) ON DELETE CASCADE, 
	CONSTRAINT uq_work_items_incident_id UNIQUE (incident_id)
);
CREATE INDEX ix_work_items_assignee ON work_items (assignee);
CREATE INDEX ix_work_items_status ON work_items (status);
CREATE TABLE webhooks (
	id INTEGER NOT NULL, 
	owner VARCHAR(100) NOT NULL, 
	saved_search_id INTEGER, 
	url VARCHAR(2000) NOT NULL, 
	active BOOLEAN NOT NULL, 
	created_at DATETIME, 
	CONSTRAINT pk_webhooks PRIMARY KEY (id), 
	CONSTRAINT fk_webhooks_saved_search_id_saved_searches FOREIGN KEY(saved_search_id) REFERENCES saved_searches (id) ON DELETE CASCADE
);
CREATE INDEX ix_webhooks_owner ON webhooks (owner);
CREATE INDEX ix_webhooks_saved_search_id ON webhooks (saved_search_id);
CREATE TABLE webhook_deliveries (
	id INTEGER NOT NULL, 
	webhook_id INTEGER NOT NULL, 
	body TEXT NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	attempts INTEGER NOT NULL, 
	http_status INTEGER, 
	last_error TEXT, 
	created_at DATETIME, 
	next_attempt_at DATETIME, 
	delivered_at DATETIME, 
	CONSTRAINT pk_webhook_deliveries PRIMARY KEY (id), 
	CONSTRAINT fk_webhook_deliveries_webhook_id_webhooks FOREIGN KEY(webhook_id) REFERENCES webhooks (id) ON DELETE CASCADE
);
CREATE INDEX ix_webhook_deliveries_next_attempt_at ON webhook_deliveries (next_attempt_at);
CREATE INDEX ix_webhook_deliveries_status ON webhook_deliveries (status);
CREATE INDEX ix_webhook_deliveries_webhook_id ON webhook_deliveries (webhook_id);
CREATE TABLE webhook_secrets (
	id INTEGER NOT NULL, 
	webhook_id INTEGER NOT NULL, 
	secret VARCHAR(128) NOT NULL, 
	CONSTRAINT pk_webhook_secrets PRIMARY KEY (id), 
	CONSTRAINT fk_webhook_secrets_webhook_id_webhooks FOREIGN KEY(webhook_id) REFERENCES webhooks (id) ON DELETE CASCADE, 
	CONSTRAINT uq_webhook_secrets_webhook_id UNIQUE (webhook_id)
);
CREATE INDEX ix_search_filter_sources ON sources (id, publisher, published);
CREATE INDEX ix_search_filter_incidents ON incidents (id, admin1, country, date);
CREATE INDEX ix_search_filter_claims ON claims (id, incident_id, source_id);
INSERT INTO "alembic_version" VALUES ('f3c8a1d6b2e7');

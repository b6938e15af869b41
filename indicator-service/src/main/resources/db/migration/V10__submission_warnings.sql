-- Issue #10: the warnings of a stored submission (rule warnings, outliers, sudden changes), as
-- answered at submission time: [{pointer, code, detail}]. Read by GET /submissions/{id} and the
-- review list.
ALTER TABLE submission ADD COLUMN IF NOT EXISTS warnings jsonb NOT NULL DEFAULT '[]'::jsonb;

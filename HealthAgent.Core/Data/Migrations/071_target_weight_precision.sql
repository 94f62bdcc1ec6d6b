-- A target said in pounds (165 lb = 74.84 kg) must read back as said: two decimals of a kilogram, as weight entries have.
ALTER TABLE goals ALTER COLUMN target_weight_kg TYPE numeric(6,2);
